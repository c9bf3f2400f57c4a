/** Marks several charts share: the highlight band and the not-published / c boxes. */
import { COLOURS, patternId } from './palette.ts';
import { meaningOf } from './rules.ts';
import { rect, text } from './svg.ts';

/** Band behind a highlighted group: tint plus a solid bar, so it does not rely on the tint alone. */
export const band = (y: number, h: number, width: number) =>
  rect({ x: 0, y, width, height: h, fill: COLOURS.band, ...meaningOf('highlight') }) + rect({ x: 0, y, width: 4, height: h, fill: COLOURS.supply });

/** A box for a value with no bar to draw: hatched "not published" or dotted "c". */
export function statusBox(kind: 'not-published' | 'suppressed', x: number, y: number, h: number, prefix: string, label = kind === 'suppressed' ? 'c' : 'not published', extra: Record<string, string> = {}): { svg: string; width: number } {
  const size = 12.5;
  const w = Math.max(kind === 'suppressed' ? 22 : 24, label.length * size * 0.6 + 12);
  const fill = `url(#${patternId(prefix, kind === 'suppressed' ? 'suppressed' : 'none')})`;
  const stroke = kind === 'suppressed' ? COLOURS.ink : COLOURS.none;
  // The label sits on a white chip so it stays readable over the pattern.
  const chipW = label.length * size * 0.6 + 6;
  return {
    width: w,
    svg:
      rect({ x, y, width: w, height: h, fill, stroke, 'stroke-width': 1.5, ...meaningOf(kind), ...extra }) +
      (label
        ? rect({ x: x + (w - chipW) / 2, y: y + h / 2 - 8, width: chipW, height: 16, fill: COLOURS.paper }) +
          text(x + w / 2, y + h / 2, label, { size, anchor: 'middle', baseline: 'middle', bold: kind === 'suppressed' })
        : ''),
  };
}
