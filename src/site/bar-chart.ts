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
  bars: Array<{ x: number; y: number; width: number; height: number; className: string; value: number; valueX: number; valueY: number }>;
  labels: Array<{ x: number; y: number; text: string }>;
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
export function groupedBarChart(title: string, series: Array<{ name: string; className: string }>, groups: ChartGroup[]): BarChart {
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
      bars.push({ x, y, width: BAR, height, className: series[s]!.className, value, valueX: x + BAR / 2, valueY: y - 4 });
    });
    labels.push({ x: left + groupWidth / 2, y: TOP + PLOT_HEIGHT + 16, text: group.label });
  });
  const legend = series.map((s, i) => ({ x: GROUP_GAP + i * 110, y: 14, className: s.className, text: s.name }));
  return { title, width, height: TOP + PLOT_HEIGHT + BOTTOM, bars, labels, legend };
}
