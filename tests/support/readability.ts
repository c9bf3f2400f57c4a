/**
 * Flesch reading ease for page copy (Flesch 1948):
 *   206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 * 60 to 70 is "plain English"; higher is easier.
 *
 * - Text comes as blocks (a heading, a list item, a paragraph, a link's words): each block ends a
 *   sentence even without a full stop, as readers take it, and is split further at . ! or ?.
 * - Words are runs of letters or digits (with inner apostrophes and hyphens).
 * - Syllables: the `syllable` package (English rules with exceptions) for words; a number counts
 *   one syllable per digit ("2027" → 4), close to how it is read aloud and never easier than that.
 */
import { syllable } from 'syllable';

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’-](?=[\p{L}\p{N}]))*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function syllables(word: string): number {
  if (/^\p{N}+$/u.test(word)) return word.length;
  return Math.max(1, syllable(word));
}

/** Sentences of a block: split after . ! or ? followed by a space; empty ones dropped. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  score: number;
  /** The sentences with the most words, longest first: where to start rewriting. */
  longest: string[];
}

export function fleschReadingEase(blocks: readonly string[]): Readability {
  const all = blocks.flatMap(sentences);
  const ws = all.flatMap(words);
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  const score = 206.835 - 1.015 * (ws.length / all.length) - 84.6 * (syl / ws.length);
  const longest = all.toSorted((a, b) => words(b).length - words(a).length).slice(0, 5);
  return { sentences: all.length, words: ws.length, syllables: syl, score: Math.round(score * 10) / 10, longest };
}

/**
 * The prose of an MDX or Markdown file as blocks: front matter dropped; headings, list items and
 * paragraphs (lines joined) each one block; emphasis, code marks and link targets removed.
 */
export function markdownBlocks(source: string): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push(para.join(' '));
    para = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || /^(import|export)\s/.test(line)) flush();
    else if (/^#{1,6}\s/.test(line) || /^([-*+]|\d+\.)\s/.test(line)) {
      flush();
      para.push(line.replace(/^(#{1,6}|[-*+]|\d+\.)\s+/, ''));
    } else para.push(line);
  }
  flush();
  return blocks.map((b) =>
    b
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .replace(/<[^>]+>/g, '')
      .trim(),
  ).filter(Boolean);
}
