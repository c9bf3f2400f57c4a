/** How pages name the council and its area, from council.json: never written into src/. */
import type { Council } from '../data/schemas/council.ts';

export interface CouncilWords {
  /** "Westshire Council" */
  full: string;
  /** "Westshire" */
  short: string;
  /** "Westshire Council carers", capitalised as the council writes it. */
  carers: string;
  /** "in Westshire" */
  inArea: string;
  /** "outside Westshire" */
  outsideArea: string;
  /** "Westshire's" */
  possessive: string;
}

export function councilWords(c: Council): CouncilWords {
  const { full, short, carers } = c.names;
  return {
    full,
    short,
    carers,
    inArea: `in ${short}`,
    outsideArea: `outside ${short}`,
    possessive: short.endsWith('s') ? `${short}'` : `${short}'s`,
  };
}

/** Who runs a home, in words: the council is named from its data. */
export function operatorWords(c: Council): Record<'council' | 'external' | 'nhs' | 'partnership', string> {
  return { council: c.names.full, external: 'External provider', nhs: 'NHS', partnership: 'Partnership' };
}

/**
 * A name from the data as it reads inside a sentence: "Children's homes" → "children's homes". Only
 * the first letter ever changes, and not when the name begins with a proper name: one given in
 * `proper` (the council's names, its localities), an acronym ("NHS"), or two capitalised words
 * ("Shared Lives", "Staying Put", "Westshire Council fostering households"). So "Fostering with
 * Westshire Council carers" → "fostering with Westshire Council carers", never "…westshire council…".
 */
export { inSentence } from './case.ts';

/** The proper names a council's words must keep capitalised: its own names and its localities'. */
export const properNames = (c: Council, localities: readonly { name: string; shortName?: string; aliases?: readonly string[] }[] = []) => [
  c.names.full,
  c.names.short,
  ...localities.flatMap((l) => [l.name, l.shortName ?? '', ...(l.aliases ?? [])]),
];
