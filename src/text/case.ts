/**
 * Capitals for names that come from data. A label is written as it starts a line ("Children's homes",
 * "Fostering with Westshire Council carers"); inside a sentence only its first letter changes, and
 * only when the label does not start with a proper name.
 */

/**
 * A label as it reads inside a sentence: "Children's homes" → "children's homes", "Fostering with
 * Westshire Council carers" → "fostering with Westshire Council carers". Left as written when it
 * starts with one of `proper` (the council's names, places), with two capitalised words ("Staying
 * Put", "Westshire Council carers", "North Westshire") or with an acronym ("UK", "SEND").
 */
export function inSentence(label: string, proper: readonly string[] = []): string {
  if (proper.some((p) => p && label.startsWith(p))) return label;
  const [first = '', second = ''] = label.split(/\s+/);
  const capital = (w: string) => /^[("'‘“]*\p{Lu}/u.test(w);
  if (/^\p{Lu}{2,}/u.test(first)) return label;
  if (capital(first) && capital(second)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Text as it starts a sentence: "our carers" → "Our carers"; the rest is left as written. */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
