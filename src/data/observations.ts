/**
 * Observations indexed once per model, and the questions pages ask of them: a measure's series,
 * its latest and previous values. "Latest" is computed from the dates; no page names a date.
 */
import type { Measure } from './schemas/measures.ts';
import type { Observation } from './schemas/observations.ts';
import type { Shown } from './shown.ts';

export type ShownAlternative = NonNullable<Observation['alternatives']>[number] & { shown: Shown };

/** An observation joined with its measure, after the disclosure rule has run. */
export type ShownObservation = Omit<Observation, 'alternatives'> & {
  /** Unique within a council: measure, area, cohort, locality and date. */
  key: string;
  label: string;
  unit: Measure['unit'];
  topic: Measure['topic'];
  placementType?: string;
  location?: Measure['location'];
  shown: Shown;
  alternatives?: ShownAlternative[];
  /** Where the value is in the data, for the disclosure guard's messages. */
  where: { file: string; path: string };
};

export const observationKey = (o: Pick<Observation, 'measure' | 'area' | 'cohort' | 'locality' | 'asAt'>) =>
  `${o.measure}|${o.area}|${o.cohort ?? ''}|${o.locality ?? ''}|${o.asAt}`;

const byDate = (a: ShownObservation, b: ShownObservation) => a.asAt.localeCompare(b.asAt);

export interface ObservationIndex {
  all: ShownObservation[];
  byMeasure: Map<string, ShownObservation[]>;
  byType: Map<string, ShownObservation[]>;
  byLocality: Map<string, ShownObservation[]>;
  byBreakdown: Map<string, ShownObservation[]>;
}

function group(rows: readonly ShownObservation[], key: (o: ShownObservation) => string | undefined): Map<string, ShownObservation[]> {
  const out = new Map<string, ShownObservation[]>();
  for (const o of rows) {
    const k = key(o);
    if (k === undefined) continue;
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(o);
  }
  for (const list of out.values()) list.sort(byDate);
  return out;
}

/** One pass per index, oldest first within each list. */
export function indexObservations(rows: readonly ShownObservation[]): ObservationIndex {
  return {
    all: [...rows],
    byMeasure: group(rows, (o) => o.measure),
    byType: group(rows, (o) => o.placementType),
    byLocality: group(rows, (o) => o.locality),
    byBreakdown: group(rows, (o) => (o.breakdown ? `${o.breakdown}|${o.asAt}` : undefined)),
  };
}

export interface SeriesQuery {
  area?: string;
  /** undefined: observations with no cohort. */
  cohort?: string;
  /** Only observations as at this date or before. */
  asAt?: string;
}

/** One measure in one area and cohort, oldest first: a time series. */
export function series(ix: ObservationIndex, measure: string, q: SeriesQuery = {}): ShownObservation[] {
  const area = q.area ?? 'council';
  return (ix.byMeasure.get(measure) ?? []).filter(
    (o) => o.area === area && o.cohort === q.cohort && !o.locality && (q.asAt === undefined || o.asAt <= q.asAt),
  );
}

/** The newest observation of a measure (as at a date, when given). */
export function latest(ix: ObservationIndex, measure: string, q: SeriesQuery = {}): ShownObservation | undefined {
  return series(ix, measure, q).at(-1);
}

/** The observation before the latest, for "up from" and "down from". */
export function previous(ix: ObservationIndex, measure: string, q: SeriesQuery = {}): ShownObservation | undefined {
  return series(ix, measure, q).at(-2);
}
