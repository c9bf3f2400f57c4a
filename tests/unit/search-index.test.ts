import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { prepareForIndex, tableAsSentences, indexedText } from '../../src/search/index-html.ts';
import { extraBlocks, listWords } from '../../src/search/terms.ts';
import { loadCouncilData } from '../../src/data/load.ts';
import { crossCheck } from '../../src/data/cross-check.ts';
import { CouncilSearchTerms, SearchWords } from '../../src/data/schemas/search.ts';
import { readFileSync } from 'node:fs';

const page = (main: string) => `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><header>Site</header><main data-pagefind-body>${main}</main></body></html>`;

describe('what Pagefind reads: tables as sentences', () => {
  const table = `<h2>Beds under block contract</h2><table><caption>Beds under block contract</caption><thead><tr><th scope="col">Measure</th><th scope="col">Figure</th><th scope="col">As at</th><th scope="col">Source and notes</th></tr></thead>
    <tbody><tr><th scope="row">Beds under block contract</th><td>2 places</td><td>February 2020</td><td><span class="cite" data-pagefind-ignore>Source: <a href="/sources/#x">Report</a>.</span><span class="note"> A third was being confirmed.</span></td></tr>
    <tr><th scope="row">Cornwall</th><td>638</td><td></td><td>60</td></tr></tbody></table>`;

  it('reads caption, headings and rows as separate sentences, cells separated', () => {
    const { text } = prepareForIndex(page(table));
    // The caption repeats the heading above it, so it is read once.
    expect(text).toBe('Beds under block contract Columns: Measure, Figure, As at, Source and notes. Beds under block contract: 2 places; February 2020; A third was being confirmed. Cornwall: 638; 60.');
  });
  it('keeps parts marked data-pagefind-ignore out, and keeps their markup for Pagefind', () => {
    const { html, text } = prepareForIndex(page(table));
    expect(text).not.toContain('Source: Report');
    expect(html).toContain('<span class="cite" data-pagefind-ignore>Source: <a href="/sources/#x">Report</a>.</span>');
    expect(html).not.toContain('<table');
  });
  it('keeps a caption that says something the heading does not', () => {
    const t = parse('<table><caption>Councils in the South West</caption><thead><tr><th>Council</th><th>Children in care</th></tr></thead><tbody><tr><th>Devon</th><td>849</td></tr></tbody></table>').querySelector('table')!;
    expect(indexedText(parse(tableAsSentences(t, 'South West')))).toBe('Councils in the South West. Columns: Council, Children in care. Devon: 849.');
  });
});

describe('what Pagefind reads: the rest of the page', () => {
  it('reads a block repeated word for word right after itself once', () => {
    const { text } = prepareForIndex(page('<p class="visually-hidden" id="a">Map of 6 localities.</p><p class="visually-hidden" id="a-n">Map of 6 localities.</p><p>Other.</p>'));
    expect(text).toBe('Map of 6 localities. Other.');
  });
  it('adds extra blocks at the end of the indexed region with their weight, escaped', () => {
    const { html, text } = prepareForIndex(page('<h1>Purbeck</h1>'), [{ text: 'Towns and villages in Purbeck: Wool & <Swanage>.', weight: 5 }]);
    expect(html).toContain('<div data-pagefind-weight="5"><p>Towns and villages in Purbeck: Wool &#38; &#60;Swanage&#62;.</p></div></main>');
    expect(text).toBe('Purbeck Towns and villages in Purbeck: Wool & <Swanage>.');
  });
  it('leaves charts’ SVG and scripts out of what Pagefind parses (it reads neither), keeping the text around them', () => {
    const html = page('<p>Before.</p><figure><svg viewBox="0 0 1 1"><text>axis 2020</text></svg><figcaption>Beds by year.</figcaption></figure><script type="application/ld+json">{"a":1}</script>');
    const out = prepareForIndex(html.replace('<title>t</title>', '<title>t</title><script type="application/ld+json">{"b":2}</script>'));
    expect(out.html).not.toMatch(/<svg|<script|axis 2020/);
    expect(out.text).toBe('Before. Beds by year.');
  });
  it('leaves pages without an indexed region alone', () => {
    const html = '<html><body><main><p>Not indexed</p></main></body></html>';
    expect(prepareForIndex(html)).toEqual({ html, text: '', indexed: false });
  });
});

describe('search words from data', () => {
  const raw = loadCouncilData('data/councils/dorset');
  const blocks = extraBlocks(raw);

  it('indexes every ward, and every town and village, on its locality page', () => {
    for (const w of raw.wardLocalities!.wards) expect(blocks.get(`councils/dorset/localities/${w.locality}/`)?.[0].text, w.name).toContain(w.name);
    const wardLocality = new Map(raw.wardLocalities!.wards.map((w) => [w.name, w.locality]));
    for (const p of raw.searchTerms!.places) expect(blocks.get(`councils/dorset/localities/${wardLocality.get(p.ward)}/`)?.[0].text, p.name).toContain(p.name);
    for (const l of raw.localities) for (const p of l.places) expect(blocks.get(`councils/dorset/localities/${l.id}/`)?.[0].text).toContain(p);
  });
  it('words places as sentences a reader can follow in a result', () => {
    const purbeck = blocks.get('councils/dorset/localities/purbeck/')![0];
    expect(purbeck.weight).toBeGreaterThan(1);
    expect(purbeck.text).toContain('Wards are grouped into localities approximately: the council publishes no list.');
    expect(purbeck.text).toContain('South East Purbeck ward, with Corfe Castle, Studland and Langton Matravers, is in the Purbeck locality.');
    expect(purbeck.text).toContain('Swanage ward is in the Purbeck locality.');
    expect(blocks.get('councils/dorset/localities/chesil/')![0].text).toMatch(/^Chesil is also called Weymouth and Portland\. Weymouth and Portland are in the Chesil locality\./);
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
  it("adds the words a page answers to from the council's file", () => {
    expect(blocks.get('councils/dorset/providers/')?.map((b) => b.text)).toEqual(['Related terms: market position statement, placement costs, cost of placements, placement spending and budgets, talk to commissioners, commissioning and tenders and procurement.']);
  });
  it('refuses a place in a ward the council does not have, naming file and JSON path', () => {
    const bad = { ...raw, searchTerms: { ...raw.searchTerms!, places: [{ name: 'Atlantis', ward: 'Under the Sea' }] } };
    expect(crossCheck(bad, 'data/councils/dorset', new Date()).map((i) => `${i.file}: ${i.path}: ${i.message}`)).toEqual([
      'data/councils/dorset/search-terms.json: places[0].ward: unknown ward "Under the Sea" (expected a ward name in ward-localities.json)',
    ]);
  });
});

describe('search word files', () => {
  it('the site-wide synonyms and the council file are valid', () => {
    expect(SearchWords.safeParse(JSON.parse(readFileSync('data/site/search-words.json', 'utf8'))).success).toBe(true);
    expect(CouncilSearchTerms.safeParse(JSON.parse(readFileSync('data/councils/dorset/search-terms.json', 'utf8'))).success).toBe(true);
  });
  it('refuses a word that means two things, or itself, with its JSON path', () => {
    const r = SearchWords.safeParse({ description: 'x', synonyms: [{ means: 'short breaks', also: ['respite', 'Short-breaks'] }, { means: 'supported accommodation', also: ['Respite'] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'synonyms.0.also.1: expected a different word from "means" ("short breaks")',
      'synonyms.1.also.0: expected each word once; "Respite" also means "short breaks"',
    ]);
  });
  it('refuses a page path that is not a site path', () => {
    expect(CouncilSearchTerms.safeParse({ description: 'x', pages: [{ page: '/providers', words: ['MPS'] }] }).success).toBe(false);
  });
});
