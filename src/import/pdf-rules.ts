/**
 * The rules a PDF's page draws: the thin lines a word processor prints as a
 * table's borders, read from the page's drawing operations (pdf.js's
 * operator list), in the page's own units (y up), as the text is placed.
 */

/** A thin line drawn on the page: its box, from its left and bottom edges to its right and top ones. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageRules {
  horizontal: Rule[];
  vertical: Rule[];
}

/** What the reader needs of pdf.js's operator list, and the numbers of the operators it reads. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];

/** A line no thicker than this (in points) is a rule; a thicker box is shading, not a border. */
const THIN = 3;
/** A rule is at least this long. */
const LONG = 5;
/** pdf.js's path drawing codes (DrawOPS): moveTo, lineTo, curveTo, quadraticCurveTo, closePath. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/**
 * The page's horizontal and vertical rules: each filled box thinner than a
 * few points, and each straight stroked segment, with the transforms the
 * page applies to them. Curves and thick boxes (shading) are left out.
 */
export function rulesOf(list: OperatorList, ops: OperatorCodes): PageRules {
  const out: PageRules = { horizontal: [], vertical: [] };
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  const stack: Array<{ matrix: Matrix; lineWidth: number }> = [];
  const add = (box: Rule) => {
    const width = box.x1 - box.x0;
    const height = box.y1 - box.y0;
    if (height <= THIN && width >= LONG && width >= height * 3) out.horizontal.push(box);
    else if (width <= THIN && height >= LONG && height >= width * 3) out.vertical.push(box);
  };
  list.fnArray.forEach((fn, index) => {
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.save) stack.push({ matrix, lineWidth });
    else if (fn === ops.restore) ({ matrix, lineWidth } = stack.pop() ?? { matrix, lineWidth });
    else if (fn === ops.transform) matrix = multiply(matrix, args as Matrix);
    else if (fn === ops.setLineWidth) lineWidth = Number(args?.[0]) || 0;
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ matrix, lineWidth });
      const form = args?.[0] as Matrix | null | undefined;
      if (Array.isArray(form) && form.length === 6) matrix = multiply(matrix, form);
    } else if (fn === ops.paintFormXObjectEnd) ({ matrix, lineWidth } = stack.pop() ?? { matrix, lineWidth });
    else if (fn === ops.constructPath) {
      const paint = args?.[0] as number;
      const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) return;
      const stroked = [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke].includes(paint);
      const filled = [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke].includes(paint);
      for (const path of subpaths(data)) {
        if (path.curved) continue;
        const points = path.points.map(([x, y]) => apply(matrix, x, y));
        if (filled) add(boxOf(points, 0));
        if (stroked) {
          const half = (Math.max(lineWidth, 0.5) * Math.hypot(matrix[0], matrix[1])) / 2;
          for (let k = 1; k < points.length; k++) add(boxOf([points[k - 1]!, points[k]!], half));
        }
      }
    }
  });
  return out;
}

/** The path's pieces, each from a move to the next move, with its points, and whether it curves. */
function subpaths(data: ArrayLike<number>): Array<{ points: Array<[number, number]>; curved: boolean }> {
  const paths: Array<{ points: Array<[number, number]>; curved: boolean }> = [];
  let current: { points: Array<[number, number]>; curved: boolean } | undefined;
  for (let i = 0; i < data.length;) {
    const code = data[i]!;
    if (code === MOVE) {
      current = { points: [[data[i + 1]!, data[i + 2]!]], curved: false };
      paths.push(current);
      i += 3;
    } else if (code === LINE) {
      current?.points.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (code === CURVE) {
      if (current) current.curved = true;
      i += 7;
    } else if (code === QUADRATIC) {
      if (current) current.curved = true;
      i += 5;
    } else if (code === CLOSE) {
      if (current && current.points.length > 1) current.points.push(current.points[0]!);
      i += 1;
    } else break;
  }
  return paths;
}

function boxOf(points: Array<[number, number]>, grow: number): Rule {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    x0: Math.min(...xs) - grow,
    y0: Math.min(...ys) - grow,
    x1: Math.max(...xs) + grow,
    y1: Math.max(...ys) + grow,
  };
}
