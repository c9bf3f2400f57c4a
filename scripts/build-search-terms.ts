/**
 * After Pagefind: writes dist/search-terms.json, the words of every indexed page with their counts,
 * which the search page loads only when a query finds nothing (to offer "did you mean").
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { words, type Vocabulary } from '../src/site/spelling.ts';

const root = process.argv[2] ?? 'dist';
const vocab: Vocabulary = {};

function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'pagefind') continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      const html = readFileSync(p, 'utf8');
      const body = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1];
      if (!body) continue;
      const text = body.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
      for (const w of words(text)) vocab[w] = (vocab[w] ?? 0) + 1;
    }
  }
}
walk(root);
writeFileSync(join(root, 'search-terms.json'), JSON.stringify(vocab));
console.log(`search-terms.json: ${Object.keys(vocab).length} words`);
