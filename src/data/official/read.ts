/**
 * Reading official values for pages and charts alike: a value's unit, its number, its words in a
 * table cell or a sentence, the reporting year, and the releases a set of values came from.
 */
import type { OfficialModel, OfficialValue } from './model.ts';
import type { Shown } from '../shown.ts';
import type { Unit } from '../schemas/common.ts';
import { formatDate, formatShownNumber } from '../../text/format.ts';
import { symbolMeaning } from '../../text/symbols.ts';

/** "2025" for a 31 March figure (DfE's reporting year), else the date. */
export const yearOf = (asAt: string) => (asAt.endsWith('-03-31') ? asAt.slice(0, 4) : formatDate(asAt));
export const unitOf = (o: OfficialModel, measure: string): Unit => o.measures.get(measure)?.unit ?? 'children';

/** A value inside a sentence: a symbol is said in words with the symbol after it ("not applicable (z)"). */
export function shownInProse(s: Shown, unit: Unit): string {
  if (s.kind === 'suppressed') return 'withheld to protect confidentiality (c)';
  if (s.kind === 'symbol') return `${symbolMeaning(s.symbol)} (${s.symbol})`;
  return formatShownNumber(s, unit);
}

/** A value as a table cell: "437", "65", "47%", "c", "x", "–" when there is no row at all. */
export function cell(o: OfficialModel, v: OfficialValue | undefined): string {
  if (!v) return '–';
  return formatShownNumber(v.shown, unitOf(o, v.measure));
}

export const num = (s: Shown | undefined): number | null => (s?.kind === 'number' ? s.n : null);

export interface SourceLine {
  id: string;
  title: string;
  release: string;
  publisher: string;
  url?: string;
}

/** The releases a set of values came from, each once. */
export function sourcesOf(o: OfficialModel, values: readonly (OfficialValue | undefined)[]): SourceLine[] {
  const ids = [...new Set(values.filter((v): v is OfficialValue => !!v).map((v) => v.source))].sort();
  return ids.map((id) => {
    const s = o.sources.get(id);
    return { id, title: s?.title ?? id, release: s?.release ?? '', publisher: s?.publisher ?? '', url: s?.url };
  });
}


/** A value in a sentence: the number, or the symbol with its meaning ("c, withheld by DfE…"). */
export function said(o: OfficialModel, v: OfficialValue | undefined): string {
  if (!v) return 'no figure';
  const s = v.shown;
  if (s.kind === 'number' || s.kind === 'range') return cell(o, v);
  return s.kind === 'not-published' ? 'not published' : shownInProse(s, unitOf(o, v.measure));
}

/** "62 per 10,000": values in a sentence with the unit's words where a bare number would mislead. */
export const inWords = (o: OfficialModel, v: OfficialValue | undefined) => {
  const t = said(o, v);
  return v && v.shown.kind === 'number' && unitOf(o, v.measure) === 'rate-per-10k' ? `${t} per 10,000 children` : t;
};

