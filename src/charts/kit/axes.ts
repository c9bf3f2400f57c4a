/** Axes and the padding every chart keeps from its edges. */
import type { ScaleLinear } from 'd3';
import { COLOURS } from './palette.ts';
import { line, text } from './svg.ts';

export const PAD = 8;

/** Gridlines and tick labels along the top of a horizontal-bar area. */
export function topAxis(x: ScaleLinear<number, number>, y: number, bottom: number, ticks: number, format: (n: number) => string): string {
  return x
    .ticks(ticks)
    .map((t) => line({ x1: x(t), x2: x(t), y1: y + 6, y2: bottom, stroke: COLOURS.grid, 'stroke-width': 1 }) + text(x(t), y, format(t), { size: 12, anchor: 'middle', fill: COLOURS.muted }))
    .join('');
}
