/**
 * Gap = need minus supply for the same placement type, locality and period, only where both are
 * published in the same unit ("computed"), or an additional quantity the council states directly
 * ("stated"). A gap never subtracts unlike units.
 */
import type { Need } from './schemas/needs.ts';
import type { Unit } from './schemas/common.ts';
import { bounds, toShown, type Shown } from './shown.ts';

export type GapKind = 'stated' | 'computed';

export interface SupplyRef {
  /** The supply observation's key. */
  key: string;
  label: string;
  shown: Shown;
  unit: Unit;
  asAt: string;
  source: string;
}

export interface Gap {
  need: Need;
  kind: GapKind;
  /** The shortfall. Not published where the council names a shortfall without a number. */
  shown: Shown;
  unit: Unit;
  /** Current supply shown beside the need, when one is comparable. */
  supply?: SupplyRef;
  /** Why a computed gap could not be worked out. */
  reason?: string;
}

export function computeGap(need: Need, supply?: SupplyRef): Gap {
  if (isOutlook(need)) throw new Error(`need "${need.id}" is a ${need.kind}, not a shortfall: use computeOutlook`);
  const needShown = toShown(need.value);
  if (need.kind !== 'total') {
    return { need, kind: 'stated', shown: need.kind === 'unquantified' ? { kind: 'not-published' } : needShown, unit: need.unit, supply };
  }
  const nb = bounds(needShown);
  const sb = supply && supply.unit === need.unit ? bounds(supply.shown) : null;
  if (!supply || supply.unit !== need.unit) {
    return { need, kind: 'computed', shown: { kind: 'not-published' }, unit: need.unit, supply, reason: 'no supply figure in the same unit is published' };
  }
  if (!nb || !sb) {
    return { need, kind: 'computed', shown: { kind: 'not-published' }, unit: need.unit, supply, reason: 'the need or the supply is not published' };
  }
  // Interval subtraction: the smallest gap is least need minus most supply.
  const lo = nb[0] - sb[1];
  const hi = nb[1] - sb[0];
  const shown: Shown = lo === hi ? { kind: 'number', n: lo } : { kind: 'range', min: lo, max: hi };
  return { need, kind: 'computed', shown, unit: need.unit, supply };
}

/**
 * What the council forecasts or aims for, which is not a shortfall: a forecast of demand or of a
 * caseload, or a target total with current progress beside it. Kept apart from gaps so it is never
 * drawn, ranked or counted as "what the council needs".
 */
export interface Outlook {
  need: Need;
  kind: 'forecast' | 'target';
  /** The forecast or the target, as stated. */
  shown: Shown;
  unit: Unit;
  /** Current supply beside it, when one is comparable. */
  supply?: SupplyRef;
  /** For a target: how far current supply is from it, where both are published in one unit. */
  toGo?: Shown;
}

/** True for needs that are forecasts or targets, not shortfalls. */
export const isOutlook = (need: Need): need is Need & { kind: Outlook['kind'] } => need.kind === 'forecast' || need.kind === 'target';

export function computeOutlook(need: Need & { kind: Outlook['kind'] }, supply?: SupplyRef): Outlook {
  const shown = toShown(need.value);
  const out: Outlook = { need, kind: need.kind, shown, unit: need.unit, supply };
  const nb = bounds(shown);
  const sb = supply && supply.unit === need.unit ? bounds(supply.shown) : null;
  if (need.kind === 'target' && nb && sb) {
    const lo = Math.max(0, nb[0] - sb[1]);
    const hi = Math.max(0, nb[1] - sb[0]);
    out.toGo = lo === hi ? { kind: 'number', n: lo } : { kind: 'range', min: lo, max: hi };
  }
  return out;
}

/** Size used to rank gaps: the upper end of the shortfall, 0 where none is published. */
export function gapSize(g: Gap): number {
  const b = bounds(g.shown);
  return b ? b[1] : 0;
}

/** Current, quantified gaps, largest first. */
export function largestGaps(gaps: readonly Gap[], n: number): Gap[] {
  return gaps
    .filter((g) => !g.need.historic && gapSize(g) > 0)
    .sort((a, b) => gapSize(b) - gapSize(a) || a.need.id.localeCompare(b.need.id))
    .slice(0, n);
}
