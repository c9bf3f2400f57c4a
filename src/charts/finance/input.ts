/**
 * The finance chart's inputs from the model: the fostering budget table (finance.json) and the
 * other sums by placement type and year (finance-figures.json), grouped by what the money is
 * for. Sums for the whole service (no placement type) are not drawn here; a cost per placement
 * is a different unit, so it is written in the notes instead of drawn beside totals.
 */
import type { Model, ShownFinance, ShownFinanceFigure } from '../../data/model.ts';
import { formatShown } from '../../text/format.ts';
import { CHART } from '../ids.ts';
import { chartMeta, typeName, type SourceRef } from '../from-model.ts';
import type { FinanceBar, FinanceGroup, FinanceInput, FinanceKind } from './draw.ts';

const KIND_ORDER: Record<FinanceKind, number> = { budget: 0, spend: 1, over: 2, under: 2 };
const FIGURE_KIND: Partial<Record<ShownFinanceFigure['amount'], FinanceKind>> = { budget: 'budget', 'extra-budget': 'budget', spend: 'spend', overspend: 'over', underspend: 'under' };
const FIGURE_LABEL: Partial<Record<ShownFinanceFigure['amount'], string>> = { budget: 'Budget', 'extra-budget': 'Extra budget', spend: 'Spending', overspend: 'Overspend', underspend: 'Underspend' };

const sourceOf = (m: Model, r: SourceRef) => `${m.sources.find((s) => s.id === r.source)?.shortTitle ?? r.source}, ${r.locator}`;

/** One table row of the fostering budget table as three bars: budget, spending, difference. */
function tableBars(m: Model, l: ShownFinance): FinanceBar[] {
  const base = { year: l.year, forecast: false, asAt: l.asAt, source: sourceOf(m, l), note: l.note };
  return [
    { ...base, key: `${l.id}:budget`, kind: 'budget', label: 'Budget', shown: l.budgetGbp },
    { ...base, key: `${l.id}:actual`, kind: 'spend', label: 'Spending', shown: l.actualGbp },
    { ...base, key: `${l.id}:variance`, kind: l.variance === 'overspend' ? 'over' : 'under', label: l.variance === 'overspend' ? 'Overspend' : 'Underspend', shown: l.varianceGbp },
  ];
}

function figureBar(m: Model, f: ShownFinanceFigure): FinanceBar | null {
  const kind = FIGURE_KIND[f.amount];
  if (!kind) return null;
  const note = [f.printed ? `Printed as ${f.printed}.` : '', f.yearNote ?? '', f.note ?? ''].filter(Boolean).join(' ');
  return { key: f.id, year: f.year, kind, label: FIGURE_LABEL[f.amount]!, forecast: f.basis === 'forecast', shown: f.gbp, asAt: f.asAt, source: sourceOf(m, f), ...(note ? { note } : {}), ...(f.yearNote ? { yearUncertain: true } : {}) };
}

interface Built { groups: (FinanceGroup & { types: string[] })[]; refs: SourceRef[]; notes: { types: string[]; text: string }[] }

const cache = new WeakMap<Model, Built>();
/** A group is the set of placement types its money covers. */
const groupKey = (types: readonly string[]) => [...types].sort().join('+');

/** Every sum by placement type, grouped once per model. */
function build(m: Model): Built {
  const hit = cache.get(m);
  if (hit) return hit;
  const order = new Map(m.placementTypes.map((t, i) => [t.id, i]));
  const groups = new Map<string, FinanceGroup & { types: string[] }>();
  const group = (types: string[], label: string) => {
    const key = groupKey(types);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: types.length === 1 ? typeName(m, types[0]) : label, types, bars: [] }));
    return g;
  };
  const refs: SourceRef[] = [];
  for (const l of m.finance.filter((x) => x.line !== 'total')) {
    group([l.line], l.line).bars.push(...tableBars(m, l));
    refs.push(l);
  }
  const notes: Built['notes'] = [];
  for (const f of m.financeFigures.filter((x) => x.placementTypes.length)) {
    const bar = figureBar(m, f);
    if (bar) {
      group(f.placementTypes, f.covers).bars.push(bar);
      refs.push(f);
    } else if (f.amount === 'cost-per-placement') {
      notes.push({ types: f.placementTypes, text: `${f.covers}, ${f.year}${f.yearNote ? '*' : ''}: ${f.basis === 'forecast' ? 'a forecast ' : ''}average cost of ${formatShown(f.gbp, 'gbp')} for one placement for a year (${sourceOf(m, f)}). Not drawn: it is a cost per placement, not a total.` });
      refs.push(f);
    }
  }
  const rank = (g: { types: string[] }) => Math.min(...g.types.map((t) => order.get(t) ?? Infinity)) * 2 + (g.types.length > 1 ? 1 : 0);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  for (const g of sorted) g.bars.sort((a, b) => a.year.localeCompare(b.year) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const built = { groups: sorted, refs, notes };
  cache.set(m, built);
  return built;
}

const NOTES = ['Financial years run from April to March. Bars are the sums as the documents print them; where a sum was forecast during the year, its label says so.'];

/** The whole chart, every placement type; null when the council publishes no sums by type. */
export function financeInput(m: Model): FinanceInput | null {
  const { groups, refs, notes } = build(m);
  if (!groups.length) return null;
  return { meta: chartMeta(m, CHART.finance, 'Budgets and spending by placement type and year', refs, [...NOTES, ...notes.map((n) => n.text)]), groups: groups.map(({ types: _t, ...g }) => g) };
}

/** The placement types that have sums, each with its own chart (CHART.financeFor). */
export const financeTypes = (m: Model): string[] => [...new Set(build(m).groups.flatMap((g) => g.types))];

/** One type's chart: the groups whose money covers it, e.g. agency fostering and all external placements. */
export function financeInputFor(m: Model, type: string): FinanceInput | null {
  const { groups, notes } = build(m);
  const mine = groups.filter((g) => g.types.includes(type));
  if (!mine.length) return null;
  const covers = new Set(mine.map((g) => g.key));
  const refs: SourceRef[] = [...m.finance.filter((l) => covers.has(l.line)), ...m.financeFigures.filter((f) => covers.has(groupKey(f.placementTypes)))];
  const own = notes.filter((n) => n.types.includes(type)).map((n) => n.text);
  return {
    meta: chartMeta(m, CHART.financeFor(type), `Budgets and spending by year: ${typeName(m, type)}`, refs, [...NOTES, ...own]),
    groups: mine.map(({ types: _t, ...g }) => g),
  };
}
