/**
 * The one disclosure rule (DESIGN.md §4, DfE practice). Counts of children or young people
 * from rule.min to rule.max are withheld as "c"; zero stays zero. Secondary suppression hides
 * a second cell wherever one hidden cell could be worked out from a published total. Rates and
 * percentages built on a hidden count are hidden too. Places, homes and carers are not children
 * and are never suppressed.
 */
import { CHILD_COUNT_UNITS, type Unit } from '../schemas/common.ts';
import { bounds, type Shown } from './shown.ts';

export interface DisclosureRule {
  min: number;
  max: number;
}

export const isChildCount = (unit: Unit) => CHILD_COUNT_UNITS.includes(unit);

/** Primary suppression of one value. A range is hidden when any count in it could be small. */
export function primary(shown: Shown, unit: Unit, rule: DisclosureRule): Shown {
  if (!isChildCount(unit)) return shown;
  const b = bounds(shown);
  if (!b) return shown;
  const [lo, hi] = b;
  if (hi >= rule.min && lo <= rule.max) return { kind: 'suppressed', reason: 'primary' };
  return shown;
}

export interface Cell {
  id: string;
  unit: Unit;
  shown: Shown;
  breakdown?: string;
  total?: boolean;
  /** Id of the count a rate or percentage is built on. */
  numerator?: string;
}

const hidden = (s: Shown) => s.kind === 'suppressed';

/**
 * Applies primary, secondary and derived suppression to a set of cells.
 * Returns new cells; the input is not changed.
 */
export function applyDisclosure<T extends Cell>(cells: readonly T[], rule: DisclosureRule): T[] {
  const out = cells.map((c) => ({ ...c, shown: primary(c.shown, c.unit, rule) }));
  const groups = new Map<string, T[]>();
  for (const c of out) if (c.breakdown) groups.set(c.breakdown, [...(groups.get(c.breakdown) ?? []), c]);

  for (const group of groups.values()) {
    const total = group.find((c) => c.total);
    const parts = group.filter((c) => !c.total);
    // Repeat until no hidden cell can be recovered by subtraction.
    for (;;) {
      const totalKnown = !total || !hidden(total.shown);
      const hiddenParts = parts.filter((c) => hidden(c.shown));
      if (!total || !totalKnown || hiddenParts.length !== 1) break;
      // Hide the smallest other published non-zero part; if there is none, hide the total.
      const candidates = parts
        .filter((c) => !hidden(c.shown) && bounds(c.shown) && bounds(c.shown)![1] > 0)
        .sort((a, b) => bounds(a.shown)![1] - bounds(b.shown)![1]);
      const next = candidates[0] ?? total;
      next.shown = { kind: 'suppressed', reason: 'secondary' };
      if (next === total) break;
    }
  }

  const byId = new Map(out.map((c) => [c.id, c]));
  for (const c of out) {
    if (c.numerator && byId.get(c.numerator) && hidden(byId.get(c.numerator)!.shown) && !hidden(c.shown)) {
      c.shown = { kind: 'suppressed', reason: 'derived' };
    }
  }
  return out;
}

/**
 * The build's last guard: lists every way published cells would breach the rule.
 * An empty list means safe to publish.
 */
export function disclosureBreaches(cells: readonly Cell[], rule: DisclosureRule): string[] {
  const breaches: string[] = [];
  for (const c of cells) {
    if (primary(c.shown, c.unit, rule).kind === 'suppressed' && !hidden(c.shown)) {
      breaches.push(`${c.id}: a count of ${c.unit} from ${rule.min} to ${rule.max} would be published`);
    }
  }
  const groups = new Map<string, Cell[]>();
  for (const c of cells) if (c.breakdown) groups.set(c.breakdown, [...(groups.get(c.breakdown) ?? []), c]);
  for (const [id, group] of groups) {
    const total = group.find((c) => c.total);
    const hiddenParts = group.filter((c) => !c.total && hidden(c.shown));
    if (total && !hidden(total.shown) && hiddenParts.length === 1) {
      breaches.push(`${hiddenParts[0].id}: its suppressed value could be recovered from the published total of breakdown "${id}"`);
    }
  }
  const byId = new Map(cells.map((c) => [c.id, c]));
  for (const c of cells) {
    const n = c.numerator ? byId.get(c.numerator) : undefined;
    if (n && hidden(n.shown) && !hidden(c.shown)) breaches.push(`${c.id}: published although the count it is built on (${n.id}) is suppressed`);
  }
  return breaches;
}
