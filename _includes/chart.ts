import { html, type SafeHtml } from '../src/pages/html.ts';
import type { BarChart } from '../src/site/bar-chart.ts';

/** A bar chart drawn in SVG. It is hidden from screen readers: the table beside it says the same. */
export function barChart(chart: BarChart): SafeHtml {
  return html`<svg class="chart" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" aria-hidden="true" focusable="false">
${chart.legend.map(
  (
    l,
  ) => html`<rect class="${l.className}" x="${l.x}" y="${l.y - 9}" width="10" height="10"></rect><text x="${l.x + 14}" y="${l.y}">${l.text}</text>
`,
)}${chart.bars.map(
    (
      b,
    ) => html`<rect class="${b.className}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"></rect><text class="value" x="${b.valueX}" y="${b.valueY}" text-anchor="${b.valueAnchor}">${b.value}</text>
`,
  )}${chart.labels.map(
    (l) => html`<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${l.text}</text>
`,
  )}</svg>`;
}
