/**
 * The fostering page is for the public: its copy keeps a Flesch reading ease of at least 60
 * ("plain English").
 *
 * Measured on the words the page is made of, without a build: the view's text (heading, lede, headline
 * labels, the carer-shortfall sentence, the ways to care, the contact routes) and the council's
 * fostering MDX, block by block as the page shows them. This runs in `npm run test:unit`, before
 * anything is built, so a rewrite is checked at once. Citations (document titles and sections) are left
 * out: they are references, not copy. The browser test tests/e2e/contact.spec.ts measures the built
 * page's main text with the same function as a second check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel, type Model } from '../../src/data/model.ts';
import { fosteringView } from '../../src/views/fostering.ts';
import { fleschReadingEase, markdownBlocks, sentences, syllables, words } from '../support/readability.ts';

const MIN_EASE = 60;

/** The fostering page's copy, as blocks, in page order (see src/pages/fostering.astro). */
export function fosteringPageBlocks(m: Model, mdx: string): string[] {
  const v = fosteringView(m);
  const [main] = v.contacts;
  return [
    v.heading,
    v.lede,
    ...(main ? [main.link?.text, main.phone && `Or call ${main.phoneWho} on ${main.phone.text}.`] : []),
    ...v.stats.flatMap((s) => [`${s.number} ${s.unit}`, s.label]),
    v.carerNeeds.length ? `The strategy says the council needs ${v.carerNeeds.map((n) => `${n.number} more carers a year ${n.cohort ? `for ${n.cohort}` : ''}`).join(' and ')}.` : undefined,
    ...markdownBlocks(mdx),
    'Ways to care',
    ...v.ways.map((w) => w.name),
    'Ask about fostering',
    ...v.contacts.flatMap((r) => [r.team, r.purpose, r.link?.text, r.phone && `Phone ${r.phoneWho}: ${r.phone.text}`, r.note]),
  ].filter((b): b is string => typeof b === 'string' && b.length > 0);
}

describe('the readability measure', () => {
  it('counts syllables of common words and of numbers', () => {
    expect(['cat', 'water', 'family', 'fostering'].map(syllables)).toEqual([1, 2, 3, 3]);
    expect(syllables('2027')).toBe(4);
    expect(syllables('10')).toBe(2);
  });
  it('splits words and sentences as a reader does', () => {
    expect(words("Children's homes: 20 more full-time carers.")).toEqual(["Children's", 'homes', '20', 'more', 'full-time', 'carers']);
    expect(sentences('One. Two words! Three? e.g')).toEqual(['One.', 'Two words!', 'Three?', 'e.g']);
  });
  it('scores short plain sentences high and long Latinate ones low', () => {
    expect(fleschReadingEase(['The cat sat on the mat.']).score).toBeGreaterThan(100);
    const hard = fleschReadingEase(['Notwithstanding considerable organisational complexity, the authority anticipates substantially increased utilisation of independent accommodation.']);
    expect(hard.score).toBeLessThan(0);
  });
  it('reads Markdown as blocks: headings, list items and paragraphs, without marks or link targets', () => {
    const md = '---\ntitle: x\n---\n\n## A heading\n\nA **bold** line\nthat goes on.\n\n- One item\n  continued\n- [A link](../x/)\n';
    expect(markdownBlocks(md)).toEqual(['A heading', 'A bold line that goes on.', 'One item continued', 'A link']);
  });
});

describe('the fostering page', () => {
  const m = buildModel(loadCouncilData('data/councils/dorset', { today: new Date('2026-12-02') }));
  const mdx = readFileSync('content/councils/dorset/fostering.mdx', 'utf8');
  const blocks = fosteringPageBlocks(m, mdx);
  const r = fleschReadingEase(blocks);

  it('is measured on the whole of its copy', () => {
    expect(r.words).toBeGreaterThan(300);
    expect(blocks.join(' ')).toContain('01305 225568');
  });
  it(`has a Flesch reading ease of at least ${MIN_EASE}`, () => {
    expect(r.score, `reading ease ${r.score}; longest sentences:\n${r.longest.join('\n')}`).toBeGreaterThanOrEqual(MIN_EASE);
  });
});
