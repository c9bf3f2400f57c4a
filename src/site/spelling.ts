/**
 * Spelling for search: corrects a query word the site does not use to the nearest word it does
 * (optimal string alignment distance; 1 edit for words of 4 or 5 letters, 2 for longer ones; the more
 * used word wins a tie). Shared by the search page (browser) and the vocabulary builder (build).
 */

/** Lower-case words of 3+ letters, apostrophes dropped ("children's" → "childrens"). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]/g, '').match(/[a-z]{3,}/g) ?? [];
}

export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/**
 * The word to search for instead of `word`, or `word` itself when it needs no correction: it is short,
 * the site uses it, it begins a word the site uses (search matches the start of words, so "fost" is
 * kept), or nothing is close. `ranked` lists the site's words, most used first.
 */
export function correctWord(word: string, ranked: readonly string[], known: ReadonlySet<string>): string {
  if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
  if (ranked.some((w) => w.startsWith(word))) return word;
  const max = word.length >= 6 ? 2 : 1;
  let best = word;
  let bestD = max + 1;
  for (const w of ranked) {
    const dd = distance(word, w, max);
    if (dd < bestD) {
      best = w;
      bestD = dd;
      if (dd === 1) break; // the most used word one edit away; 0 is impossible (the word is not known)
    }
  }
  return best;
}
