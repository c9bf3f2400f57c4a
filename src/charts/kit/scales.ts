/** Scales the charts share. */
import { scaleLinear, type ScaleLinear } from 'd3';

/** A horizontal bar scale from 0 to at least 1, rounded to nice ticks, over [left, right]. */
export const barScale = (largest: number | undefined, left: number, right: number): ScaleLinear<number, number> =>
  scaleLinear()
    .domain([0, Math.max(1, largest ?? 1)])
    .nice()
    .range([left, right]);
