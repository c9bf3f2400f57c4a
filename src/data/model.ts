/**
 * The one model every view reads: a council's data loaded and validated once per build, with
 * the disclosure rule applied, observations joined with their measures and indexed, and gaps
 * computed. Only src/data reads data/.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawData } from './schemas/index.ts';
import { COUNCIL_FILES, OBSERVATIONS_DIR } from './schemas/index.ts';
import type { Need } from './schemas/needs.ts';
import type { Provision } from './schemas/provision.ts';
import type { Priority, Reading, SuccessMeasure } from './schemas/priorities.ts';
import type { FinanceLine } from './schemas/finance.ts';
import type { Value } from './schemas/common.ts';
import type { Council } from './schemas/council.ts';
import { folderLabel, loadCouncilData } from './load.ts';
import { applyDisclosure, findBreaches, primary, type Cell, type DisclosureRule } from './disclosure.ts';
import { DataError } from './data-error.ts';
import { computeGap, type Gap, type SupplyRef } from './gaps.ts';
import { toShown, type Shown } from './shown.ts';
import { indexObservations, observationKey, type ObservationIndex, type ShownObservation } from './observations.ts';

export type { ShownObservation } from './observations.ts';
export type ShownProvision = Provision & { shown: Shown };
export type ShownReading = Reading & { shown: Shown };
export type ShownMeasure = Omit<SuccessMeasure, 'baseline' | 'latest' | 'target'> & {
  baseline: ShownReading | null;
  latest: ShownReading | null;
  target: ShownReading | 'not-published';
};
export type ShownPriority = Omit<Priority, 'measures'> & { measures: ShownMeasure[] };
export type ShownFinance = Omit<FinanceLine, 'expectedChildren' | 'budgetGbp' | 'actualChildren' | 'actualGbp' | 'varianceGbp'> & {
  expectedChildren: Shown;
  budgetGbp: Shown;
  actualChildren: Shown;
  actualGbp: Shown;
  varianceGbp: Shown;
};
export type Edition = Council['editions'][number];

export interface Model {
  council: Council;
  /** The edition the site presents: the council's newest. */
  edition: Edition;
  rule: DisclosureRule;
  sources: RawData['sources'];
  localities: RawData['localities'];
  placementTypes: RawData['placementTypes'];
  measures: RawData['measures'];
  observations: ObservationIndex;
  needs: Need[];
  gaps: Gap[];
  provision: ShownProvision[];
  priorities: ShownPriority[];
  marketNeeds: RawData['marketNeeds'];
  finance: ShownFinance[];
  wardLocalities?: RawData['wardLocalities'];
  localityMap?: RawData['localityMap'];
}

/** The disclosure guard found a value that must not be published: a DataError naming file and JSON path. */
export class DisclosureError extends DataError {
  constructor(issues: DataError['issues']) {
    super(issues);
    this.name = 'DisclosureError';
    this.message = this.message.replace(/^Data is invalid/, 'Disclosure rule would be breached');
  }
}

export interface BuildOptions {
  /** How the data folder is named in messages, e.g. "data/councils/<slug>". */
  label?: string;
}

/** Observations joined with their measures, before disclosure. */
function joinObservations(raw: RawData): ShownObservation[] {
  const measures = new Map(raw.measures.map((m) => [m.id, m]));
  return raw.observations.flatMap(({ file, rows }) =>
    rows.map((o, i) => {
      const m = measures.get(o.measure)!;
      const { alternatives, ...rest } = o;
      return {
        ...rest,
        key: observationKey(o),
        label: m.label,
        unit: m.unit,
        topic: m.topic,
        placementType: m.placementType,
        location: m.location,
        shown: toShown(o.value),
        alternatives: alternatives?.map((a) => ({ ...a, shown: toShown(a.value) })),
        where: { file, path: `[${i}]` },
      };
    }),
  );
}

export function buildModel(raw: RawData, opts: BuildOptions = {}): Model {
  const rule = raw.council.suppression;
  const edition = raw.council.editions.at(-1)!;
  // Disclosure works on cells: a breakdown is its parts at one date, a rate points at its count.
  const joined = joinObservations(raw);
  const cells = applyDisclosure(
    joined.map((o) => ({
      ...o,
      id: o.key,
      breakdown: o.breakdown ? `${o.breakdown}|${o.asAt}` : undefined,
      numerator: o.numerator ? observationKey({ ...o, measure: o.numerator, locality: undefined }) : undefined,
    })),
    rule,
  );
  const shownObs: ShownObservation[] = joined.map((o, i) => ({ ...o, shown: cells[i].shown }));
  const show = (v: Value, unit: Reading['unit']) => primary(toShown(v), unit, rule);
  for (const o of shownObs) o.alternatives = o.alternatives?.map((a) => ({ ...a, shown: show(a.value, o.unit) }));
  const observations = indexObservations(shownObs);
  const reading = (r: Reading | null): ShownReading | null => (r ? { ...r, shown: show(r.value, r.unit) } : null);

  const gaps = raw.needs.map((need) => {
    // Current supply: the measure's newest observation for the whole council as at the need's date.
    const o = need.supplyMeasure
      ? (observations.byMeasure.get(need.supplyMeasure) ?? []).filter((x) => x.area === 'council' && !x.locality && x.asAt <= need.asAt).at(-1)
      : undefined;
    const supply: SupplyRef | undefined = o ? { key: o.key, label: o.label, shown: o.shown, unit: o.unit, asAt: o.asAt, source: o.source } : undefined;
    return computeGap(need, supply);
  });

  const model: Model = {
    council: raw.council,
    edition,
    rule,
    sources: raw.sources,
    localities: raw.localities,
    placementTypes: raw.placementTypes,
    measures: raw.measures,
    observations,
    needs: raw.needs,
    gaps,
    provision: raw.provision.map((p) => ({ ...p, shown: show(p.capacity, p.unit) })),
    priorities: raw.priorities.map((p) => ({
      ...p,
      measures: p.measures.map((m) => ({
        ...m,
        baseline: reading(m.baseline),
        latest: reading(m.latest),
        target: m.target === 'not-published' ? 'not-published' : reading(m.target)!,
      })),
    })),
    marketNeeds: raw.marketNeeds,
    finance: raw.finance.map((l) => ({
      ...l,
      expectedChildren: show(l.expectedChildren, 'children'),
      budgetGbp: show(l.budgetGbp, 'gbp'),
      actualChildren: show(l.actualChildren, 'children'),
      actualGbp: show(l.actualGbp, 'gbp'),
      varianceGbp: show(l.varianceGbp, 'gbp'),
    })),
    wardLocalities: raw.wardLocalities,
    localityMap: raw.localityMap,
  };

  const breaches = findBreaches(publishedCells(model), rule);
  if (breaches.length) {
    const label = opts.label ?? 'data';
    throw new DisclosureError(
      breaches.map(({ cell, message }) => ({
        file: `${label}/${cell.where?.file ?? cell.id.split('/')[0]}`,
        path: cell.where?.path ?? '',
        message: `${message} (${cell.id})`,
      })),
    );
  }
  return model;
}

/** Every value the site publishes, as cells for the disclosure guard, each located in the data. */
export function publishedCells(m: Model): Cell[] {
  const at = (file: keyof typeof COUNCIL_FILES, path: string) => ({ file: COUNCIL_FILES[file].file, path });
  const obs = m.observations.all;
  const cells: Cell[] = obs.map((o) => ({
    id: o.key,
    unit: o.unit,
    shown: o.shown,
    breakdown: o.breakdown ? `${o.breakdown}|${o.asAt}` : undefined,
    total: o.total,
    numerator: o.numerator ? observationKey({ ...o, measure: o.numerator, locality: undefined }) : undefined,
    where: { file: o.where.file, path: `${o.where.path}.value` },
  }));
  obs.forEach((o) => o.alternatives?.forEach((a, j) => cells.push({ id: `${o.key}/alternatives/${j}`, unit: o.unit, shown: a.shown, where: { file: o.where.file, path: `${o.where.path}.alternatives[${j}].value` } })));
  m.provision.forEach((p, i) => cells.push({ id: `provision/${p.id}`, unit: p.unit, shown: p.shown, where: at('provision', `[${i}].capacity`) }));
  m.gaps.forEach((g, i) => cells.push({ id: `needs/${g.need.id}`, unit: g.unit, shown: g.shown, where: at('needs', `[${i}].value`) }));
  m.priorities.forEach((p, i) =>
    p.measures.forEach((me, j) => {
      for (const [k, r] of [['baseline', me.baseline], ['latest', me.latest], ['target', me.target === 'not-published' ? null : me.target]] as const)
        if (r) cells.push({ id: `priorities/${p.id}/${me.id}/${k}`, unit: r.unit, shown: r.shown, where: at('priorities', `[${i}].measures[${j}].${k}.value`) });
    }),
  );
  m.finance.forEach((l, i) => {
    cells.push({ id: `finance/${l.id}/expectedChildren`, unit: 'children', shown: l.expectedChildren, where: at('finance', `[${i}].expectedChildren`) });
    cells.push({ id: `finance/${l.id}/actualChildren`, unit: 'children', shown: l.actualChildren, where: at('finance', `[${i}].actualChildren`) });
  });
  return cells;
}

/**
 * The council folder the site is built from: SITE_DATA_DIR, or else the one folder in
 * data/councils/ (a second council there must be chosen with SITE_DATA_DIR).
 */
export function dataDir(): string {
  if (process.env.SITE_DATA_DIR) return resolve(process.env.SITE_DATA_DIR);
  const root = resolve('data/councils');
  const found = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, COUNCIL_FILES.council.file))) : [];
  if (found.length !== 1) throw new Error(`Expected exactly one council folder in data/councils/ (found ${found.length}: ${found.join(', ')}); set SITE_DATA_DIR to choose one`);
  return join(root, found[0]);
}

const cache = new Map<string, { key: string; model: Model }>();

/**
 * Loads the model once per build (one per council folder, so a build of several councils keeps
 * each); in dev it reloads when a data file changes. A production build never sees its data
 * change, so it skips the check (which lists and stats every data file, on every page).
 */
export function getModel(dir = dataDir()): Model {
  const hit = cache.get(dir);
  if (hit && import.meta.env?.PROD) return hit.model;
  const obsDir = join(dir, OBSERVATIONS_DIR);
  const stamp = (d: string) => (existsSync(d) ? readdirSync(d).map((f) => `${f}:${statSync(join(d, f)).mtimeMs}`).join('|') : '');
  const key = `${stamp(dir)}#${stamp(obsDir)}`;
  if (hit?.key === key) return hit.model;
  const label = folderLabel(dir);
  const model = buildModel(loadCouncilData(dir, { label }), { label });
  cache.set(dir, { key, model });
  return model;
}
