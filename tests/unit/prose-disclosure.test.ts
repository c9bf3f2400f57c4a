/**
 * The disclosure rule applied to words (issue 12, item 2): text must never give away what the
 * numbers hide. findTextLeaks reads counts of children in prose; narrativeLeaks runs it over every
 * text field of a council's data and every line of its MDX prose, and buildModel fails on a leak.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTextLeaks } from '../../src/data/disclosure.ts';
import { loadCouncilData } from '../../src/data/load.ts';
import { buildModel, narrativeLeaks, DisclosureError } from '../../src/data/model.ts';
import { observationTable } from '../../src/views/parts.ts';

const rule = { min: 1, max: 5 };
const leaks = (text: string, opts = {}) => findTextLeaks(text, rule, opts).map((l) => l.words);

describe('findTextLeaks: small counts of children in words', () => {
  it('finds the three leaks issue 12 names', () => {
    // The remand placement text: a count of occasions (each a young person) in a text about young people.
    expect(leaks("A specialist foster placement for young people remanded to the council's care. It was used four times in the past year.")).toEqual(['four times']);
    // The Wimborne supported accommodation text.
    expect(leaks('A home in Wimborne that was home to one young person in April 2021.')).toEqual(['one young person']);
    // A hidden figure footnoted as small: "fewer than 6 children" says the count is 1 to 5.
    expect(leaks('c: fewer than 6 children placed with kinship carers.')).toEqual(['fewer than 6 children']);
  });

  it('reads numbers in digits and in words, with describing words between number and noun', () => {
    expect(leaks('There were 2 care leavers in bed and breakfast.')).toEqual(['2 care leavers']);
    expect(leaks('Only 1 unaccompanied girl is in care.')).toEqual(['1 unaccompanied girl']);
    expect(leaks('Homes for a single child.')).toEqual(['a single child']);
    expect(leaks('Four more disabled children need a home.')).toEqual(['Four more disabled children']);
    expect(leaks('Three or four children were placed.')).toEqual(['Three or four children']);
    expect(leaks('the one-child gap')).toEqual(['one-child']);
    expect(leaks('A home for up to five disabled children.')).toEqual(['up to five disabled children']);
    expect(leaks('two young people and three boys')).toEqual(['two young people', 'three boys']);
    expect(leaks('Children were placed twice in the year.')).toEqual(['twice']);
    expect(leaks('Used only once, for a young person.')).toEqual(['once']);
  });

  it('lets the council and locality names stand between a count and its noun', () => {
    expect(leaks('five Westshire children', { modifiers: ['Westshire'] })).toEqual(['five Westshire children']);
    expect(leaks('two Hillside girls', { modifiers: ['Hillside'] })).toEqual(['two Hillside girls']);
  });

  it('follows the rule in force: a wider threshold withholds more', () => {
    expect(findTextLeaks('seven children', { min: 1, max: 9 }).map((l) => l.words)).toEqual(['seven children']);
    expect(leaks('seven children')).toEqual([]);
    expect(leaks('6 children')).toEqual([]);
  });

  it('passes numbers that are not counts of children (few false positives)', () => {
    for (const text of [
      'one of the six localities',
      '5 places',
      '5 more children\'s home places within a year',
      'a one-place children\'s home and a two-place overnight short breaks home',
      'Three council fostering households were approved for parent and child placements.',
      'brothers and sisters in groups of three or more, sibling groups of 3 or more children',
      'young people aged 16 or 17, and children aged 5 to 12',
      'Strategic Priority 5: children in care; SP1 next step 4',
      'twice as many children as before; the board meets four times a year with young people',
      'once it is registered with Ofsted, a young person will live there',
      '465 children in care, 10 young people under Staying Close, no children in secure homes',
      'one in four children',
      'about four in ten of Dorset\'s children in care',
      'fewer than 10 young people',
      '2 to 3 places for disabled children',
      'one child protection plan',
      '5% of children',
      'It was used during the year by young people remanded to care.',
      'at least two places for disabled children',
      'room for at least two children at a time, and more than 3 young people',
    ]) {
      expect(leaks(text), text).toEqual([]);
    }
  });
});

describe('the build guard reads the data text and the MDX prose', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'prose-'));
    cpSync('data/councils/dorset', dir, { recursive: true });
    cpSync('content/councils/dorset', join(dir, 'content'), { recursive: true });
    return dir;
  };
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text, `${file} should contain ${from}`).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };

  it('Dorset as published has no leak in any text field or MDX file', () => {
    const raw = loadCouncilData('data/councils/dorset');
    expect(raw.prose?.map((p) => p.file)).toEqual(['content/councils/dorset/fostering.mdx', 'content/councils/dorset/methodology.mdx', 'content/councils/dorset/providers.mdx']);
    expect(narrativeLeaks(raw, 'data/councils/dorset')).toEqual([]);
  });

  it('fails the build on a leak in a data text field, naming the file, JSON path and words', () => {
    const dir = copy();
    edit(join(dir, 'provision.json'), "commissioned jointly with Bournemouth, Christchurch and Poole Council.", "commissioned jointly with Bournemouth, Christchurch and Poole Council. It was used four times in the past year.");
    const raw = loadCouncilData(dir, { label: 'data/councils/x' });
    let error: unknown;
    try {
      buildModel(raw, { label: 'data/councils/x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DisclosureError);
    const issues = (error as DisclosureError).issues;
    expect(issues).toHaveLength(1);
    const remand = raw.provision.findIndex((p) => p.id === 'remand-foster-placement');
    expect(issues[0]).toMatchObject({ file: 'data/councils/x/provision.json', path: `[${remand}].description` });
    expect(issues[0].message).toContain('"four times"');
    expect((error as Error).message).toContain(`data/councils/x/provision.json: [${remand}].description: the words "four times" would reveal a count of children or young people from 1 to 5`);
  });

  it('fails on a leak in an observation note and in MDX prose, naming the line', () => {
    const dir = copy();
    edit(join(dir, 'observations', 'sp-2024.json'), 'the difference is not explained', 'the one-child gap is not explained');
    edit(join(dir, 'content', 'fostering.mdx'), '- **Teenagers.** Most children in care in Dorset are teenagers.', '- **Teenagers.** Most children in care in Dorset are teenagers, and\n  only two girls are unaccompanied.');
    const issues = narrativeLeaks(loadCouncilData(dir, { label: 'x' }), 'x');
    const line = readFileSync(join(dir, 'content', 'fostering.mdx'), 'utf8').split('\n').findIndex((l) => l.includes('only two girls')) + 1;
    expect(issues.map((i) => [i.file, i.path, i.message.match(/"([^"]+)"/)?.[1]])).toEqual([
      ['x/observations/sp-2024.json', expect.stringMatching(/^\[\d+\]\.note$/), 'one-child'],
      [expect.stringMatching(/content\/fostering\.mdx$/), `line ${line}`, 'two girls'],
    ]);
  });
});

describe("the three leaks are fixed in Dorset's data", () => {
  const m = buildModel(loadCouncilData('data/councils/dorset'));
  it('remand: the placement text gives no count, and the times it was used are occasions, withheld like children', () => {
    const remand = m.provision.find((p) => p.id === 'remand-foster-placement')!;
    expect(remand.description).not.toMatch(/four|times|\b4\b/);
    const used = m.observations.all.find((o) => o.measure === 'remand-placements-used')!;
    expect(used.unit).toBe('occasions');
    expect(used.shown).toEqual({ kind: 'suppressed', reason: 'primary' });
  });
  it('Wimborne: neither its text nor its capacity says how many young people lived there (001 Harbour §11: "home to a young person")', () => {
    const wimborne = m.provision.find((p) => p.id === 'harbour-wimborne')!;
    expect(`${wimborne.description} ${wimborne.note}`).not.toMatch(/one young person|\bone\b/);
    expect(wimborne.shown).toEqual({ kind: 'not-published' });
  });
  it('a secondarily suppressed figure is never footnoted as "fewer than 6": every c has the same key', () => {
    const kinship = m.observations.all.filter((o) => o.measure === 'cic-in-house-connected-persons');
    const hidden = kinship.find((o) => o.shown.kind === 'suppressed')!;
    expect(hidden.shown).toEqual({ kind: 'suppressed', reason: 'secondary' });
    const key = observationTable(m, kinship, 'Kinship').key;
    expect(key).toEqual(['c: a count of fewer than 6 children, or a figure that would reveal one, withheld to protect privacy']);
  });
});
