/**
 * The benchmark chart's input from the official model: one measure at one date for an area, its
 * 10 statistical neighbours and their median (computed), its region and England.
 */
import type { OfficialModel } from '../../data/official/model.ts';
import type { OfficialArea } from '../../data/schemas/official.ts';
import { inWords, sourcesOf } from '../../data/official/read.ts';
import { QUARTILE_WORDS, rankWords, roundFor, standing } from '../../data/official/standing.ts';
import { formatDate, formatNumber } from '../../text/format.ts';
import { OFFICIAL_SUPPRESSED } from '../../text/symbols.ts';
import { theRegion } from '../../text/places.ts';
import type { ChartOutput } from '../kit/output.ts';
import { benchmarkChart, type BenchRow } from './draw.ts';

/** The bar chart of one measure: the area, its neighbours and their median, its region, England. */
export function benchmarkFor(o: OfficialModel, a: OfficialArea, measure: string, asAt: string, id: string, title?: string): ChartOutput | null {
  const m = o.measures.get(measure);
  const own = o.value(a.code, measure, asAt);
  if (!m || !own) return null;
  const region = a.level === 'council' ? o.regionOf(a.code) : undefined;
  const st = a.level === 'council' ? standing(o, a.code, measure, asAt) : null;
  const rows: BenchRow[] = [{ key: `${id}-${a.slug}`, label: a.name, role: 'area', shown: own.shown }];
  const neighbours = a.level === 'council' ? o.neighboursOf(a.code) : [];
  for (const n of neighbours) {
    const v = o.value(n.area.code, measure, asAt);
    rows.push({ key: `${id}-${n.area.slug}`, label: n.area.name, role: 'neighbour', shown: v?.shown ?? { kind: 'not-published' } });
  }
  if (st && st.median !== null) rows.push({ key: `${id}-median`, label: "Neighbours' median", role: 'median', shown: { kind: 'number', n: roundFor(st.median, m.unit) } });
  const rv = region ? o.value(region.code, measure, asAt) : undefined;
  if (region && rv) rows.push({ key: `${id}-${region.slug}`, label: region.name, role: 'region', shown: rv.shown });
  if (a.level !== 'country') {
    const ev = o.value(o.england.code, measure, asAt);
    if (ev) rows.push({ key: `${id}-england`, label: 'England', role: 'england', shown: ev.shown });
  }
  if (rows.length < 2) return null;
  const values = [own, ...neighbours.map((n) => o.value(n.area.code, measure, asAt))];
  const srcs = sourcesOf(o, values);
  const when = own.period ?? formatDate(asAt);
  const eng = o.value(o.england.code, measure, asAt);
  const takeaway = st
    ? `${a.name}: ${inWords(o, own)} at ${when}, ${rankWords(st)} with a figure (the ${QUARTILE_WORDS[st.quartile]}; rank worked out by us)${st.median !== null ? `; its neighbours' median ${formatNumber(roundFor(st.median, m.unit), m.unit)} (computed)` : ''}${eng ? `; England ${inWords(o, eng)}` : ''}.`
    : `${a.name}: ${inWords(o, own)} at ${when}${eng && a.level !== 'country' ? `; England ${inWords(o, eng)}` : ''}.`;
  return {
    ...benchmarkChart({
      meta: {
        id,
        title: title ?? `${m.label}: ${a.name}${neighbours.length ? ', its statistical neighbours' : ''}${region && rv ? `, ${theRegion(region.name)}` : ''} and England, ${when}`,
        sources: [...srcs.map((s) => `${s.publisher}, ${s.title}`), ...(neighbours.length ? ["Department for Education, statistical neighbours (children's services, 2025 model)"] : [])],
        asAt,
        notes: [m.definition ?? m.label, ...(st ? ["The neighbours' median is worked out by us from the neighbours with a figure."] : [])],
      },
      unit: m.unit,
      measure: m.label,
      rows,
      takeaway,
      suppressedKey: OFFICIAL_SUPPRESSED,
    }),
    downloads: [],
  };
}

