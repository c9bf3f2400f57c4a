/**
 * The official trend: one measure over the years for an area, its region and England, one line
 * each (official figures at 31 March).
 */
import type { OfficialModel } from '../../data/official/model.ts';
import type { OfficialArea } from '../../data/schemas/official.ts';
import { num, shownInProse, sourcesOf, unitOf, yearOf } from '../../data/official/read.ts';
import { formatShownNumber } from '../../text/format.ts';
import { OFFICIAL_SUPPRESSED } from '../../text/symbols.ts';
import type { ChartOutput } from '../kit/output.ts';
import { trendChart, type TrendSeries } from './draw.ts';

/** Area, its region and England on one line chart of one measure; null with fewer than two dates. */
export function comparisonTrend(o: OfficialModel, id: string, areas: readonly OfficialArea[], measure: string, title: string, what: string, downloads?: ChartOutput['downloads']): ChartOutput | null {
  const unit = unitOf(o, measure);
  const series: TrendSeries[] = areas
    .map((a) => ({ key: a.code, label: a.name, points: o.series(a.code, measure).map((v) => ({ date: v.asAt, label: yearOf(v.asAt), shown: v.shown })) }))
    .filter((s) => s.points.length > 0);
  if (!series.length || series[0].points.length < 2) return null;
  const values = areas.flatMap((a) => o.series(a.code, measure));
  const [first, ...others] = series;
  const last = first.points.at(-1)!;
  const lastN = num(last.shown);
  const compare = others
    .map((s) => {
      const p = s.points.find((q) => q.date === last.date);
      const n = num(p?.shown);
      if (lastN === null || n === null) return null;
      return `${lastN > n ? 'above' : lastN < n ? 'below' : 'level with'} ${s.label} (${formatShownNumber(p!.shown, unit)})`;
    })
    .filter(Boolean);
  const takeaway = lastN === null
    ? `${what} for ${first.label} in ${last.label}: ${shownInProse(last.shown, unit)}.`
    : `${what} for ${first.label} was ${formatShownNumber(last.shown, unit)} in ${last.label}${compare.length ? `, ${compare.join(' and ')}` : ''}.`;
  const srcs = sourcesOf(o, values);
  return {
    ...trendChart({
      meta: { id, title, sources: srcs.map((s) => `${s.publisher}, ${s.title}`), asAt: values.map((v) => v.asAt).sort().at(-1) ?? '', notes: [`Each point is the figure at 31 March of the year shown.`] },
      series,
      unit,
      measure: what,
      takeaway,
      suppressedKey: OFFICIAL_SUPPRESSED,
    }),
    // Official charts link into the area's open data, not the council chart endpoints.
    downloads: downloads ?? [],
  };
}

