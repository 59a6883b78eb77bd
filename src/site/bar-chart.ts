/**
 * The geometry of a small bar chart, worked out at build time so that the
 * template only draws rectangles and labels. Colours come from the
 * stylesheet through each series' class; every chart has a table beside it
 * with the same numbers, which is what screen readers are given.
 */
export interface BarChart {
  title: string;
  width: number;
  height: number;
  bars: Array<{
    x: number;
    y: number;
    width: number;
    height: number;
    className: string;
    value: number;
    valueX: number;
    valueY: number;
    valueAnchor: 'start' | 'middle';
  }>;
  labels: Array<{ x: number; y: number; text: string; anchor: 'end' | 'middle' }>;
  legend: Array<{ x: number; y: number; className: string; text: string }>;
}

export interface ChartGroup {
  label: string;
  values: number[];
}

const BAR = 18;
const GAP = 4;
const GROUP_GAP = 24;
const PLOT_HEIGHT = 120;
const TOP = 28;
const BOTTOM = 24;

/** A grouped bar chart: one group per label (such as a year), one bar per series. */
export function groupedBarChart(
  title: string,
  series: Array<{ name: string; className: string }>,
  groups: ChartGroup[],
): BarChart {
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const groupWidth = series.length * (BAR + GAP) - GAP;
  const width = Math.max(240, groups.length * (groupWidth + GROUP_GAP) + GROUP_GAP);
  const bars: BarChart['bars'] = [];
  const labels: BarChart['labels'] = [];
  groups.forEach((group, g) => {
    const left = GROUP_GAP + g * (groupWidth + GROUP_GAP);
    group.values.forEach((value, s) => {
      const height = Math.round((value / max) * PLOT_HEIGHT);
      const x = left + s * (BAR + GAP);
      const y = TOP + PLOT_HEIGHT - height;
      bars.push({
        x,
        y,
        width: BAR,
        height,
        className: series[s]!.className,
        value,
        valueX: x + BAR / 2,
        valueY: y - 4,
        valueAnchor: 'middle',
      });
    });
    labels.push({ x: left + groupWidth / 2, y: TOP + PLOT_HEIGHT + 16, text: group.label, anchor: 'middle' });
  });
  const legend = series.map((s, i) => ({ x: GROUP_GAP + i * 110, y: 14, className: s.className, text: s.name }));
  return { title, width, height: TOP + PLOT_HEIGHT + BOTTOM, bars, labels, legend };
}

const ROW = 22;
const ROW_BAR = 14;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 160;

/**
 * A horizontal bar chart of one series: one row per label, the label to the
 * left of its bar, so long labels ("Absent on council business") never
 * overlap as they would under the bars of a column chart.
 */
export function horizontalBarChart(title: string, className: string, rows: ChartGroup[]): BarChart {
  const max = Math.max(1, ...rows.map((r) => r.values[0] ?? 0));
  const bars: BarChart['bars'] = [];
  const labels: BarChart['labels'] = [];
  rows.forEach((row, i) => {
    const value = row.values[0] ?? 0;
    const width = Math.round((value / max) * BAR_WIDTH);
    const y = 4 + i * ROW;
    bars.push({
      x: LABEL_WIDTH,
      y,
      width,
      height: ROW_BAR,
      className,
      value,
      valueX: LABEL_WIDTH + width + 4,
      valueY: y + ROW_BAR - 3,
      valueAnchor: 'start',
    });
    labels.push({ x: LABEL_WIDTH - 6, y: y + ROW_BAR - 3, text: row.label, anchor: 'end' });
  });
  return { title, width: LABEL_WIDTH + BAR_WIDTH + 30, height: 8 + rows.length * ROW, bars, labels, legend: [] };
}
