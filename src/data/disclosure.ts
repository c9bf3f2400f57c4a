/**
 * The one disclosure rule (DESIGN.md §4, DfE practice). Counts of children or young people
 * from rule.min to rule.max are withheld as "c"; zero stays zero. Secondary suppression hides
 * a second cell wherever one hidden cell could be worked out from a published total. Rates and
 * percentages built on a hidden count are hidden too. Places, homes and carers are not children
 * and are never suppressed.
 *
 * One case is refused rather than fixed: a part the source document itself withheld
 * ("suppressed" in the data) while the source published the total and every other part. The
 * source has then already given the value away (or, more likely, a figure was mistyped), and
 * hiding one more of our cells would not take it back. The guard reports it and the build stops.
 */
import { CHILD_COUNT_UNITS, type Unit } from './schemas/common.ts';
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
  /** Where the value is in the data, for the guard's messages. */
  where?: { file: string; path: string };
}

const hidden = (s: Shown) => s.kind === 'suppressed';
/** Not published as a number or range: hidden, or never published. */
const unknown = (s: Shown) => bounds(s) === null;

/**
 * Applies primary, secondary and derived suppression to a set of cells.
 * Returns new cells; the input is not changed.
 */
export function applyDisclosure<T extends Cell>(cells: readonly T[], rule: DisclosureRule): T[] {
  const out = cells.map((c) => ({ ...c, shown: primary(c.shown, c.unit, rule) }));
  const groups = new Map<string, T[]>();
  for (const c of out) if (c.breakdown) groups.set(c.breakdown, [...(groups.get(c.breakdown) ?? []), c]);
  const byId = new Map(out.map((c) => [c.id, c]));

  // Derived and secondary suppression feed each other (a hidden count hides its percentage,
  // which may be one part of a breakdown), so repeat both until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of out) {
      const n = c.numerator ? byId.get(c.numerator) : undefined;
      if (n && hidden(n.shown) && !hidden(c.shown)) {
        c.shown = { kind: 'suppressed', reason: 'derived' };
        changed = true;
      }
    }
    for (const group of groups.values()) {
      const total = group.find((c) => c.total);
      const parts = group.filter((c) => !c.total);
      // Repeat until no hidden cell can be recovered by subtraction.
      for (;;) {
        const unknownParts = parts.filter((c) => unknown(c.shown));
        if (!total || unknown(total.shown) || unknownParts.length !== 1) break;
        const only = unknownParts[0].shown;
        // Nothing to protect (never published), or withheld by the source: the guard refuses that.
        if (only.kind !== 'suppressed' || only.reason === 'source') break;
        // Hide the smallest other published non-zero part; if there is none, hide the total.
        const candidates = parts
          .filter((c) => !unknown(c.shown) && bounds(c.shown)![1] > 0)
          .sort((a, b) => bounds(a.shown)![1] - bounds(b.shown)![1]);
        const next = candidates[0] ?? total;
        next.shown = { kind: 'suppressed', reason: 'secondary' };
        changed = true;
        if (next === total) break;
      }
    }
  }
  return out;
}

export interface Breach {
  cell: Cell;
  message: string;
}

/**
 * The build's last guard: every way published cells would breach the rule, with the cell
 * each breach is about. An empty list means safe to publish.
 */
export function findBreaches(cells: readonly Cell[], rule: DisclosureRule): Breach[] {
  const breaches: Breach[] = [];
  for (const c of cells) {
    if (primary(c.shown, c.unit, rule).kind === 'suppressed' && !hidden(c.shown)) {
      breaches.push({ cell: c, message: `a count of ${c.unit} from ${rule.min} to ${rule.max} would be published` });
    }
  }
  const groups = new Map<string, Cell[]>();
  for (const c of cells) if (c.breakdown) groups.set(c.breakdown, [...(groups.get(c.breakdown) ?? []), c]);
  for (const [id, group] of groups) {
    const total = group.find((c) => c.total);
    const unknownParts = group.filter((c) => !c.total && unknown(c.shown));
    if (total && !unknown(total.shown) && unknownParts.length === 1 && hidden(unknownParts[0].shown)) {
      const part = unknownParts[0];
      const bySource = part.shown.kind === 'suppressed' && part.shown.reason === 'source';
      breaches.push({
        cell: part,
        message: bySource
          ? `withheld by the source ("suppressed"), but its suppressed value could be recovered from the published total and the other parts of breakdown "${id}"; ` +
            'expected the source to withhold a second part too: check the figures against the source and enter every withheld part as "suppressed"'
          : `its suppressed value could be recovered from the published total of breakdown "${id}"`,
      });
    }
  }
  const byId = new Map(cells.map((c) => [c.id, c]));
  for (const c of cells) {
    const n = c.numerator ? byId.get(c.numerator) : undefined;
    if (n && hidden(n.shown) && !hidden(c.shown)) breaches.push({ cell: c, message: `published although the count it is built on (${n.id}) is suppressed` });
  }
  return breaches;
}

/** The guard's findings as one line each: "id: what is wrong". */
export function disclosureBreaches(cells: readonly Cell[], rule: DisclosureRule): string[] {
  return findBreaches(cells, rule).map((b) => `${b.cell.id}: ${b.message}`);
}
