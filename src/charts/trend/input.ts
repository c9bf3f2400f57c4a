/** The trend charts' inputs from the model: a measure's series over time, and fostering budget against spending. */
import type { Model } from '../../data/model.ts';
import { series } from '../../data/observations.ts';
import { formatMonth } from '../../text/format.ts';
import { chartMeta, suppressedKey } from '../from-model.ts';
import type { TrendInput, TrendSeries } from './draw.ts';

/** One trend chart of one measure: which measure, and the words around it. */
export interface MeasureTrend {
  /** The chart's id (CHART.…). */
  id: string;
  /** The measure whose series is drawn (measures.json id). */
  measure: string;
  title: string;
  /** The line's name in the key and table ("Children in care"). */
  label: string;
  /** What the values are, opening the takeaway ("The number of children in care"). */
  words: string;
  notes?: string[];
}

/** A measure's series in the council's area, in the unit of its first observation; null with fewer than two points. */
export function measureTrendInput(m: Model, t: MeasureTrend): TrendInput | null {
  const all = series(m.observations, t.measure);
  const obs = all.filter((o) => o.unit === all[0]?.unit);
  if (obs.length < 2) return null;
  const line: TrendSeries = {
    key: t.measure,
    label: t.label,
    points: obs.map((o) => ({ date: o.asAt, label: o.period ?? formatMonth(o.asAt), shown: o.shown, qualifier: o.qualifier })),
  };
  return { meta: chartMeta(m, t.id, t.title, obs, t.notes), series: [line], unit: obs[0].unit, measure: t.words, suppressedKey: suppressedKey(m) };
}

/** Financial year "2019/20" → its last day, 2020-03-31. */
const yearEnd = (fy: string) => `${Number(fy.slice(0, 4)) + 1}-03-31`;

/** Fostering budget against actual spending by financial year; null with fewer than two years. */
export function fosteringBudgetInput(m: Model, id: string): TrendInput | null {
  const lines = m.finance.filter((l) => l.line === 'total').sort((a, b) => a.year.localeCompare(b.year));
  if (lines.length < 2) return null;
  const points = (pick: (l: (typeof lines)[number]) => TrendSeries['points'][number]['shown']) => lines.map((l) => ({ date: yearEnd(l.year), label: l.year, shown: pick(l) }));
  return {
    meta: chartMeta(m, id, 'Fostering: budget and actual spending', lines, ['Council and independent fostering together, by financial year (April to March).']),
    series: [
      { key: 'budget', label: 'Budget', points: points((l) => l.budgetGbp) },
      { key: 'actual', label: 'Actual spending', points: points((l) => l.actualGbp) },
    ],
    unit: 'gbp',
    measure: 'Fostering spending',
  };
}
