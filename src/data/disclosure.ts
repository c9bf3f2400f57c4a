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

/*
 * Narrative text. Words must not give away what the numbers hide: "one young person", "four
 * children", "a single child", "used four times" in a text about young people. The check reads a
 * count (digits, or a number written in words) that quantifies a child noun, directly or through a
 * few describing words ("two unaccompanied girls", "5 more care leavers"), and phrases of frequency
 * ("twice", "four times", "on three occasions") in a text that is about children. A count is a leak
 * when it could fall in the rule's range. It passes when the number is not a count of children:
 * "one of the six localities", "5 places", "a one-place home", "groups of three or more", "aged 16
 * or 17", "Priority 5", "twice as many".
 */

/** Numbers written in words, as prose writes small counts. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};
/** Frequency words: each occasion is one child placed, moved or seen. */
const FREQUENCY_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** Nouns that name children or young people; "young" and "care" begin two-word nouns. */
const CHILD_NOUNS = new Set([
  'child', 'children', 'girl', 'girls', 'boy', 'boys', 'teenager', 'teenagers', 'adolescent', 'adolescents',
  'baby', 'babies', 'infant', 'infants', 'toddler', 'toddlers', 'youngster', 'youngsters', 'kid', 'kids',
  'sibling', 'siblings', 'pupil', 'pupils', 'son', 'sons', 'daughter', 'daughters', 'uasc', 'leaver', 'leavers',
]);
const YOUNG_NOUNS = new Set(['person', 'people', 'adult', 'adults', 'man', 'men', 'woman', 'women']);
/** "child protection plan", "child arrangement order": the noun names something else. */
const CHILD_COMPOUNDS = new Set(['protection', 'arrangement', 'arrangements', 'poverty', 'development', 'minding', 'care']);
/** Describing words that may stand between a count and its noun ("four more disabled children"). */
const MODIFIERS = new Set([
  'more', 'other', 'additional', 'new', 'further', 'extra', 'older', 'younger', 'local', 'male', 'female',
  'teenage', 'former', 'vulnerable', 'eligible', 'current', 'individual', 'different', 'separate', 'particular',
  'specific', 'such', 'only', 'disabled', 'unaccompanied', 'separated', 'looked', 'after', 'care', 'experienced',
  'asylum', 'seeking', 'homeless', 'refugee', 'migrant', 'young', 'very', 'small', 'little', 'single', 'lone',
]);
/** Words before a number that make it a label, not a count ("Priority 5", "aged 16", "§3"). */
const LABEL_BEFORE = new Set([
  'priority', 'step', 'steps', 'section', 'point', 'page', 'part', 'year', 'years', 'aged', 'age', 'ages', 'phase',
  'stage', 'tier', 'level', 'number', 'no', 'key', 'sp', 'table', 'figure', 'chapter', 'appendix', 'paragraph',
  'item', 'question', 'round', 'wave', 'version', 'regulation', 'article', 'schedule', 'option', 'model',
]);
/** After "N times": a comparison or a schedule, not a count of occasions ("twice as many", "four times a year"). */
const NOT_OCCASIONS_AFTER = new Set(['as', 'the', 'more', 'less', 'fewer', 'higher', 'lower', 'greater', 'larger', 'smaller', 'bigger', 'than', 'over', 'that', 'a', 'an', 'per', 'each', 'every']);
/** Before a number, bounds that say a count is at least N ("at least two children"). */
const LOWER_BOUNDS: string[][] = [['at', 'least'], ['more', 'than'], ['over'], ['above'], ['minimum', 'of']];
/** Before a number, bounds that say a count is at most N ("fewer than 6 children"). */
const UPPER_BOUNDS: string[][] = [['fewer', 'than'], ['less', 'than'], ['under'], ['at', 'most'], ['no', 'more', 'than'], ['up', 'to'], ['below']];

interface Token { w: string; start: number; end: number; joined: boolean }

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?|\S/g;
  let joined = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].toLowerCase().replace('’', "'");
    // A hyphen joins words ("one-child", "one-place"); other marks are boundaries.
    if (w === '-' && out.length && text[m.index - 1] !== ' ') { joined = true; continue; }
    out.push({ w, start: m.index, end: m.index + m[0].length, joined });
    joined = false;
  }
  return out;
}

const isWord = (t?: Token) => !!t && /^[a-z0-9]/.test(t.w);

/** A count starting at token i: its smallest and largest value and how many tokens it takes. */
function countAt(ts: Token[], i: number): { lo: number; hi: number; len: number } | null {
  const t = ts[i];
  let n: number | undefined;
  let len = 1;
  if (/^\d+$/.test(t.w)) {
    const next = ts[i + 1];
    // Percentages, money, decimals, section numbers and times are not counts.
    if (next && (next.w === '%' || next.w === 'per' || next.w === 'percent' || ((next.w === '.' || next.w === ':') && /^\d/.test(ts[i + 2]?.w ?? '') && ts[i + 2].start === next.end))) return null;
    const prev = ts[i - 1];
    if (prev && ['£', '$', '€', '§', '.', '#'].includes(prev.w) && prev.end === t.start) return null;
    n = Number(t.w);
  } else if (t.w in NUMBER_WORDS) n = NUMBER_WORDS[t.w];
  else if (t.w === 'single' && ts[i - 1]?.w === 'a') n = 1;
  else if (t.w === 'couple' && ts[i - 1]?.w === 'a' && ts[i + 1]?.w === 'of') { n = 2; len = 2; }
  if (n === undefined) return null;
  // A range: "2 to 3", "four or five", "2–3". An open end ("three or more") is not a count.
  const joiner = ts[i + len];
  if (joiner && ['to', 'or', 'and', '–', '-'].includes(joiner.w)) {
    const other = ts[i + len + 1];
    const m = other ? (/^\d+$/.test(other.w) ? Number(other.w) : NUMBER_WORDS[other.w]) : undefined;
    if (m !== undefined) return { lo: Math.min(n, m), hi: Math.max(n, m), len: len + 2 };
    if (other && ['more', 'over', 'above', 'older', 'fewer', 'under', 'younger'].includes(other.w)) return null;
  }
  return { lo: n, hi: n, len };
}

/** The end of a child noun at token j, or -1. */
function childNounEnd(ts: Token[], j: number): number {
  const t = ts[j];
  if (!t) return -1;
  if (t.w === 'young' && YOUNG_NOUNS.has(ts[j + 1]?.w ?? '')) return j + 1;
  if (t.w === 'care' && (ts[j + 1]?.w === 'leaver' || ts[j + 1]?.w === 'leavers')) return j + 1;
  if (!CHILD_NOUNS.has(t.w)) return -1;
  if ((t.w === 'child' || t.w === 'children') && CHILD_COMPOUNDS.has(ts[j + 1]?.w ?? '') && !ts[j + 1].joined) return -1;
  return j;
}

/** The child noun a count at i..i+len quantifies, through up to three describing words; -1 if none. */
function quantifiedNoun(ts: Token[], i: number, len: number, modifiers: ReadonlySet<string>): number {
  for (let j = i + len, skipped = 0; j < ts.length && skipped <= 3; j++, skipped++) {
    const end = childNounEnd(ts, j);
    if (end >= 0) return end;
    const t = ts[j];
    if (!isWord(t)) return -1;
    const describing = MODIFIERS.has(t.w) || modifiers.has(t.w) || (t.w.length > 4 && t.w.endsWith('ed'));
    if (!describing) return -1;
  }
  return -1;
}

const mentionsChildren = (ts: Token[]) => ts.some((_, j) => childNounEnd(ts, j) >= 0);

export interface TextLeak {
  /** The words that give the count away, as written. */
  words: string;
  /** Where they start in the text. */
  index: number;
}

export interface TextCheckOptions {
  /** Words that may stand between a count and its noun: the council's and its localities' names. */
  modifiers?: readonly string[];
}

/**
 * Every place in a text where words would give away a count of children or young people that the
 * rule withholds. An empty list means the text is safe to publish.
 */
export function findTextLeaks(text: string, rule: DisclosureRule, opts: TextCheckOptions = {}): TextLeak[] {
  const clean = text.replace(/[*_`]/g, ' ');
  const ts = tokens(clean);
  const modifiers = new Set((opts.modifiers ?? []).flatMap((m) => m.toLowerCase().split(/[^a-z0-9]+/)).filter(Boolean));
  const inRule = (lo: number, hi: number) => hi >= rule.min && lo <= rule.max;
  const leaks: TextLeak[] = [];
  const add = (from: number, to: number) => leaks.push({ words: clean.slice(ts[from].start, ts[to].end), index: ts[from].start });
  let aboutChildren: boolean | undefined;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    // "once", "twice", "four times", "on three occasions": occasions, each a child, in a text about children.
    const freq = FREQUENCY_WORDS[t.w];
    const count = freq === undefined ? countAt(ts, i) : null;
    const times = count && ['times', 'occasions'].includes(ts[i + count.len]?.w ?? '') ? ts[i + count.len] : undefined;
    if (freq !== undefined || times) {
      const value = freq ?? count!.lo;
      const last = freq !== undefined ? i : i + count!.len;
      const after = ts[last + 1]?.w ?? '';
      const isOccasion = !NOT_OCCASIONS_AFTER.has(after) && (t.w !== 'once' || /ed$/.test(ts[i - 1]?.w ?? '') || ['only', 'just'].includes(ts[i - 1]?.w ?? ''));
      if (isOccasion && inRule(value, freq ?? count!.hi) && (aboutChildren ??= mentionsChildren(ts))) add(i, last);
      if (times) { i = last; continue; }
    }
    if (!count) continue;
    const prev = ts[i - 1];
    if (prev && LABEL_BEFORE.has(prev.w) && !(t.w === 'single')) continue;
    // "one in four children": a proportion, not a count.
    if (prev?.w === 'in' && ts[i - 2] && countAt(ts, i - 2)) continue;
    // "at least two children", "more than 3 children": a lower bound says nothing about how small.
    if (LOWER_BOUNDS.some((b) => b.every((w, k) => ts[i - b.length + k]?.w === w))) continue;
    const noun = quantifiedNoun(ts, i, count.len, modifiers);
    if (noun < 0) continue;
    // "fewer than 6 children" says the count is small: a leak when the bound is within the rule.
    const bound = UPPER_BOUNDS.find((b) => b.every((w, k) => ts[i - b.length + k]?.w === w));
    const lo = bound ? rule.min : count.lo;
    const hi = bound ? count.hi - (bound[0] === 'up' || bound[0] === 'at' || bound[0] === 'no' ? 0 : 1) : count.hi;
    if (bound ? hi <= rule.max && hi >= rule.min : inRule(lo, hi)) add(bound ? i - bound.length : t.w === 'single' ? i - 1 : i, noun);
    i = noun;
  }
  return leaks;
}
