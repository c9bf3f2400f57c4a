/** The chart as a self-contained SVG file, for the downloads and the PNG. */
import { COLOURS, patternDefs } from './palette.ts';
import { swatchSvg } from './swatches.ts';
import { rect, svgRoot, text } from './svg.ts';
import { wrap } from './text.ts';
import { prefixFor, type ChartOutput } from './output.ts';

/**
 * A self-contained SVG file (downloads and the PNG): title, takeaway, the wide drawing, legend,
 * notes and source, so the image still makes sense once it leaves the page.
 */
export function standaloneSvg(chart: ChartOutput, formatAsAt: (iso: string) => string): string {
  const W = chart.wide.width;
  const pad = 16;
  const prefix = prefixFor(chart.id, 's');
  const parts: string[] = [patternDefs(prefix)];
  let y = pad + 20;
  const title = wrap(chart.title, W - 2 * pad, 20, true);
  parts.push(text(pad, y, title, { size: 20, bold: true }));
  y += title.length * 25;
  const take = wrap(chart.takeaway, W - 2 * pad, 15);
  parts.push(text(pad, y, take, { size: 15 }));
  y += take.length * 19 + 8;
  // The wide drawing reuses its own pattern ids, which stay unique inside this file.
  parts.push(`<g transform="translate(0 ${y})">${chart.wide.body}</g>`);
  y += chart.wide.height + 12;
  let x = pad;
  for (const item of chart.legend) {
    const w = 26 + item.label.length * 12.5 * 0.6 + 16;
    if (x + w > W - pad) {
      x = pad;
      y += 20;
    }
    parts.push(swatchSvg(item.swatch, x, y, prefix), text(x + 24, y + 10, item.label, { size: 12.5 }));
    x += w;
  }
  y += 36;
  const foot = [...chart.notes, `Source: ${chart.sources.join('; ')}. As at ${formatAsAt(chart.asAt)}.`].flatMap((n) => wrap(n, W - 2 * pad, 12));
  parts.push(text(pad, y, foot, { size: 12, fill: COLOURS.muted }));
  y += foot.length * 15 + pad;
  const body = rect({ x: 0, y: 0, width: W, height: y, fill: COLOURS.paper }) + parts.join('');
  return svgRoot({ width: W, height: y, body, title: chart.title, desc: `${chart.takeaway} ${chart.alt}` }).replace(/^<svg /, '<svg ');
}
