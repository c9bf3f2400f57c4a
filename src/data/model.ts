/**
 * The one model every page reads: data loaded and validated once per build, with the
 * disclosure rule applied and gaps computed. Pages never read data/ themselves.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RawData } from './schemas/index.ts';
import type { Figure } from './schemas/figures.ts';
import type { Need } from './schemas/needs.ts';
import type { Provision } from './schemas/provision.ts';
import type { Priority, Reading, SuccessMeasure } from './schemas/priorities.ts';
import type { FinanceLine } from './schemas/finance.ts';
import type { Value } from './schemas/common.ts';
import { loadAuthorityData } from './load.ts';
import { applyDisclosure, findBreaches, primary, type Cell } from './disclosure.ts';
import { DataError } from './data-error.ts';
import { DATA_FILES } from './schemas/index.ts';
import { computeGap, type Gap, type SupplyRef } from './gaps.ts';
import { toShown, type Shown } from './shown.ts';

export type ShownAlternative = NonNullable<Figure['alternatives']>[number] & { shown: Shown };
export type ShownFigure = Omit<Figure, 'alternatives'> & { shown: Shown; alternatives?: ShownAlternative[] };
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

export interface Model {
  authority: RawData['authority'];
  sources: RawData['sources'];
  localities: RawData['localities'];
  placementTypes: RawData['placementTypes'];
  figures: ShownFigure[];
  needs: Need[];
  gaps: Gap[];
  provision: ShownProvision[];
  priorities: ShownPriority[];
  marketNeeds: RawData['marketNeeds'];
  finance: ShownFinance[];
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
  /** How the data folder is named in messages, e.g. "data/dorset". */
  label?: string;
}

export function buildModel(raw: RawData, opts: BuildOptions = {}): Model {
  const rule = raw.authority.suppression;
  const figures = applyDisclosure(
    raw.figures.map((f) => ({ ...f, shown: toShown(f.value) })),
    rule,
  );
  const show = (v: Value, unit: Reading['unit']) => primary(toShown(v), unit, rule);
  for (const f of figures as ShownFigure[]) f.alternatives = f.alternatives?.map((a) => ({ ...a, shown: show(a.value, f.unit) }));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const reading = (r: Reading | null): ShownReading | null => (r ? { ...r, shown: show(r.value, r.unit) } : null);

  const gaps = raw.needs.map((need) => {
    const f = need.supplyFigure ? byId.get(need.supplyFigure) : undefined;
    const supply: SupplyRef | undefined = f ? { id: f.id, label: f.label, shown: f.shown, unit: f.unit, asAt: f.asAt } : undefined;
    return computeGap(need, supply);
  });

  const model: Model = {
    authority: raw.authority,
    sources: raw.sources,
    localities: raw.localities,
    placementTypes: raw.placementTypes,
    figures: figures as ShownFigure[],
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
  const at = (file: keyof typeof DATA_FILES, path: string) => ({ file: DATA_FILES[file].file, path });
  const cells: Cell[] = m.figures.map((f, i) => ({ id: `figures/${f.id}`, unit: f.unit, shown: f.shown, breakdown: f.breakdown, total: f.total, numerator: f.numerator ? `figures/${f.numerator}` : undefined, where: at('figures', `[${i}].value`) }));
  m.figures.forEach((f, i) => f.alternatives?.forEach((a, j) => cells.push({ id: `figures/${f.id}/alternatives/${j}`, unit: f.unit, shown: a.shown, where: at('figures', `[${i}].alternatives[${j}].value`) })));
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

/** The data folder the site is built from (SITE_DATA_DIR overrides, e.g. for synthetic benchmarks). */
export function dataDir(): string {
  return resolve(process.env.SITE_DATA_DIR ?? 'data/dorset');
}

let cache: { key: string; model: Model } | undefined;

/** Loads the model once per build; in dev it reloads when a data file changes. */
export function getModel(): Model {
  const dir = dataDir();
  const key = readdirSync(dir)
    .map((f) => `${f}:${statSync(join(dir, f)).mtimeMs}`)
    .join('|');
  if (cache?.key !== key) cache = { key, model: buildModel(loadAuthorityData(dir), { label: relative(process.cwd(), dir).replaceAll('\\', '/') }) };
  return cache.model;
}
