/**
 * "Did you mean": corrects query words that are not in the site's vocabulary to the nearest
 * word that is (optimal string alignment distance; 1 edit for short words, 2 for longer).
 * Shared by the search page (browser) and the vocabulary builder (build).
 */

export type Vocabulary = Record<string, number>;

/** Lower-case words of 3+ letters, apostrophes dropped ("children's" → "childrens"). */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/['’]/g, '').match(/[a-z]{3,}/g) ?? []);
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

function correctWord(word: string, vocab: Vocabulary): string {
  if (word.length < 4 || vocab[word] !== undefined) return word;
  const max = word.length >= 6 ? 2 : 1;
  let best = word;
  let bestD = max + 1;
  let bestF = -1;
  for (const [w, f] of Object.entries(vocab)) {
    const dd = distance(word, w, max);
    if (dd < bestD || (dd === bestD && f > bestF)) {
      best = w;
      bestD = dd;
      bestF = f;
    }
  }
  return bestD <= max ? best : word;
}

/** The corrected query, or null when every word is already known (or nothing is close). */
export function correctQuery(query: string, vocab: Vocabulary): string | null {
  const parts = query.toLowerCase().split(/\s+/).filter(Boolean);
  const fixed = parts.map((p) => {
    const w = p.replace(/['’]/g, '').replace(/[^a-z]/g, '');
    return w ? correctWord(w, vocab) : p;
  });
  const out = fixed.join(' ');
  return out !== parts.map((p) => p.replace(/['’]/g, '').replace(/[^a-z]/g, '') || p).join(' ') ? out : null;
}
