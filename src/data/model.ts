/**
 * The one model every view reads: a council's data loaded and validated once per build, with
 * the disclosure rule applied, observations joined with their measures and indexed, and gaps
 * computed. Only src/data reads data/.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawData } from './schemas/index.ts';
import { COUNCIL_FILES, OBSERVATIONS_DIR, OPTIONAL_FILES } from './schemas/index.ts';
import type { Need } from './schemas/needs.ts';
import type { Provision } from './schemas/provision.ts';
import type { Priority, Reading, SuccessMeasure } from './schemas/priorities.ts';
import type { FinanceLine } from './schemas/finance.ts';
import type { FinanceFigure } from './schemas/finance-figures.ts';
import type { Value } from './schemas/common.ts';
import type { Council } from './schemas/council.ts';
import { councilContentDir, folderLabel, loadCouncilData } from './load.ts';
import { applyDisclosure, findBreaches, findTextLeaks, primary, type Cell, type DisclosureRule } from './disclosure.ts';
import { DataError, jsonPath, type DataIssue } from './data-error.ts';
import { computeGap, computeOutlook, isOutlook, type Gap, type Outlook, type SupplyRef } from './gaps.ts';
import { toShown, type Shown } from './shown.ts';
import { councilDir, inDepthCouncils } from './site-config.ts';
import { indexObservations, observationKey, type ObservationIndex, type ShownObservation } from './observations.ts';
import { buildDay } from './build-day.ts';

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
/** A sum of money from finance-figures.json, as published. */
export type ShownFinanceFigure = Omit<FinanceFigure, 'gbp'> & { gbp: Shown };
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
  /** Shortfalls: stated, computed or named without a number. */
  gaps: Gap[];
  /** Forecasts of demand and targets: not shortfalls, never among the gaps. */
  outlook: Outlook[];
  provision: ShownProvision[];
  priorities: ShownPriority[];
  marketNeeds: RawData['marketNeeds'];
  finance: ShownFinance[];
  /** Other sums by year (finance-figures.json); empty when the council has none. */
  financeFigures: ShownFinanceFigure[];
  wardLocalities?: RawData['wardLocalities'];
  localityMap?: RawData['localityMap'];
  /** Which official measures pair with the council's (official-pairs.json), when it has any. */
  officialPairs?: RawData['officialPairs'];
  /** Pay, who can foster, the steps and time to approval, from the council's public pages (fostering-offer.json). */
  fosteringOffer?: RawData['fosteringOffer'];
  /** The build date (YYYY-MM-DD): asks, targets and forecasts show their state on this day. */
  buildDay: string;
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
  /** The build date (YYYY-MM-DD) the state of each ask is computed for; src/data/build-day.ts by default. */
  buildDay?: string;
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

  // Current supply: the measure's newest observation for the whole council as at the need's date.
  const supplyFor = (need: Need): SupplyRef | undefined => {
    const o = need.supplyMeasure
      ? (observations.byMeasure.get(need.supplyMeasure) ?? []).filter((x) => x.area === 'council' && !x.locality && x.asAt <= need.asAt).at(-1)
      : undefined;
    return o ? { key: o.key, label: o.label, shown: o.shown, unit: o.unit, asAt: o.asAt, source: o.source } : undefined;
  };
  const gaps: Gap[] = [];
  const outlook: Outlook[] = [];
  for (const need of raw.needs) {
    if (isOutlook(need)) outlook.push(computeOutlook(need, supplyFor(need)));
    else gaps.push(computeGap(need, supplyFor(need)));
  }

  const model: Model = {
    council: raw.council,
    buildDay: opts.buildDay ?? buildDay(),
    edition,
    rule,
    sources: raw.sources,
    localities: raw.localities,
    placementTypes: raw.placementTypes,
    measures: raw.measures,
    observations,
    needs: raw.needs,
    gaps,
    outlook,
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
    financeFigures: (raw.financeFigures ?? []).map((f) => ({ ...f, gbp: show(f.gbp, 'gbp') })),
    wardLocalities: raw.wardLocalities,
    localityMap: raw.localityMap,
    officialPairs: raw.officialPairs,
    fosteringOffer: raw.fosteringOffer,
  };

  const label = opts.label ?? 'data';
  const breaches: DataIssue[] = findBreaches(publishedCells(model), rule).map(({ cell, message }) => ({
    file: `${label}/${cell.where?.file ?? cell.id.split('/')[0]}`,
    path: cell.where?.path ?? '',
    message: `${message} (${cell.id})`,
  }));
  breaches.push(...narrativeLeaks(raw, label));
  if (breaches.length) throw new DisclosureError(breaches);
  return model;
}

/** Strings that are identifiers, dates or addresses, not prose. */
const NOT_PROSE = /^[a-z0-9]+(?:-[a-z0-9]+)*$|^\d{4}-\d{2}-\d{2}$|^https?:\/\/\S*$/;

/** Every prose string in a JSON value, with its path. */
function proseStrings(v: unknown, path: (string | number)[], out: { path: string; text: string }[]): void {
  if (typeof v === 'string') {
    if (!NOT_PROSE.test(v)) out.push({ path: jsonPath(path), text: v });
  } else if (Array.isArray(v)) v.forEach((x, i) => proseStrings(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) proseStrings(x, [...path, k], out);
}

/** One text the site publishes: a data string at a JSON path, or a paragraph of MDX prose from a line. */
export interface PublishedText {
  file: string;
  /** JSON path for data; for prose, "line N" of the paragraph's first line. */
  path: string;
  text: string;
  /** For prose: the paragraph's first line, so a finding inside it can name its own line. */
  line?: number;
}

/** Every text field of the council's data and every paragraph of its MDX prose. */
export function publishedTexts(raw: RawData, label = 'data'): PublishedText[] {
  const out: PublishedText[] = [];
  const add = (file: string, v: unknown) => {
    const strings: { path: string; text: string }[] = [];
    proseStrings(v, [], strings);
    for (const { path, text } of strings) out.push({ file: `${label}/${file}`, path, text });
  };
  for (const [key, { file }] of Object.entries({ ...COUNCIL_FILES, ...OPTIONAL_FILES })) {
    const v = raw[key as keyof typeof COUNCIL_FILES];
    if (v !== undefined) add(file, v);
  }
  for (const { file, rows } of raw.observations) add(file, rows);
  for (const { file, text } of raw.prose ?? []) {
    // Paragraph by paragraph, so words split over two lines are read together.
    let line = 1;
    for (const para of text.split(/(\n\s*\n)/)) {
      if (para.trim()) out.push({ file, path: `line ${line}`, text: para, line });
      line += para.match(/\n/g)?.length ?? 0;
    }
  }
  return out;
}

/** Where in a published text a finding at character `index` is: its JSON path, or its own MDX line. */
export const textLocation = (t: PublishedText, index: number) =>
  t.line === undefined ? t.path : `line ${t.line + (t.text.slice(0, index).match(/\n/g)?.length ?? 0)}`;

/**
 * The disclosure rule applied to words: every text field of the data (notes, summaries, needs,
 * provision, asks…) and every line of the council's MDX prose. A leak names the file, the JSON
 * path or MDX line, and the words.
 */
export function narrativeLeaks(raw: RawData, label = 'data'): DataIssue[] {
  const rule = raw.council.suppression;
  // Names that may stand between a count and its noun: "two <Council> children", "one <Locality> girl".
  const modifiers = [raw.council.names.short, raw.council.names.full, ...raw.localities.flatMap((l) => [l.name, l.shortName, ...l.aliases])];
  const message = (words: string) =>
    `the words "${words}" would reveal a count of children or young people from ${rule.min} to ${rule.max}, which the figures withhold; ` +
    'expected no small count of children in text: give a capacity in places, or leave the number out';
  return publishedTexts(raw, label).flatMap((t) =>
    findTextLeaks(t.text, rule, { modifiers }).map((leak) => ({ file: t.file, path: textLocation(t, leak.index), message: message(leak.words) })),
  );
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
  const needAt = (id: string) => at('needs', `[${m.needs.findIndex((n) => n.id === id)}].value`);
  for (const g of [...m.gaps, ...m.outlook]) cells.push({ id: `needs/${g.need.id}`, unit: g.unit, shown: g.shown, where: needAt(g.need.id) });
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

const cache = new Map<string, { key: string; model: Model }>();

/**
 * Loads the model once per build (one per council folder, so a build of several councils keeps
 * each); in dev it reloads when a data file changes. A production build never sees its data
 * change, so it skips the check (which lists and stats every data file, on every page).
 */
function modelOf(dir: string): Model {
  const hit = cache.get(dir);
  if (hit && import.meta.env?.PROD) return hit.model;
  const obsDir = join(dir, OBSERVATIONS_DIR);
  const stamp = (d: string) => (existsSync(d) ? readdirSync(d).map((f) => `${f}:${statSync(join(d, f)).mtimeMs}`).join('|') : '');
  const key = `${stamp(dir)}#${stamp(obsDir)}#${stamp(councilContentDir(dir))}`;
  if (hit?.key === key) return hit.model;
  const label = folderLabel(dir);
  const model = buildModel(loadCouncilData(dir, { label }), { label });
  cache.set(dir, { key, model });
  return model;
}

/** The model of one council covered in depth, by its slug in the site file (src/data/site-config.ts). */
export const getModel = (slug: string): Model => modelOf(councilDir(slug));

/** The model of a council folder outside the site file (checks and tests of a single folder). */
export const getModelAt = (dir: string): Model => modelOf(resolve(dir));

/** Every council covered in depth, in the site file's order. */
export const allModels = (): Model[] => inDepthCouncils().map((c) => modelOf(c.abs));

/** getStaticPaths of a page every council covered in depth has once: one path per council. */
export const councilPaths = () => allModels().map((m) => ({ params: { slug: m.council.slug } }));
