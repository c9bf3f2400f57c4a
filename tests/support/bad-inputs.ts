/**
 * The corpus of bad inputs. Each case copies a real council's data, breaks one thing and says
 * which file and JSON path the error must name. Used by the loader unit tests and by the
 * build test that checks nothing is published.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface BadInput {
  name: string;
  file: string;
  /** Change the parsed JSON in place, or return raw text to write instead. */
  mutate: (json: Json) => void | string;
  /** The JSON path the message must name ('' for whole-file problems). */
  path: string | RegExp;
  /** Words the message must contain. */
  message: RegExp;
  /** Delete the file instead of changing it. */
  remove?: boolean;
}

/** The row of one measure at one date in an observations file. */
const obsIndex = (json: Json[], measure: string, asAt = '2023-10-31') => {
  const i = json.findIndex((o) => o.measure === measure && o.asAt === asAt && !o.area);
  if (i < 0) throw new Error(`no observation of ${measure} at ${asAt} to break`);
  return i;
};
const percentIndex = (json: Json[]) => obsIndex(json, 'foster-care-share', '2024-03-31');

export const BAD_INPUTS: BadInput[] = [
  { name: 'malformed JSON', file: 'observations/sp-2024.json', mutate: () => '[{"measure": "x",', path: '', message: /not valid JSON/ },
  { name: 'trailing comma', file: 'localities.json', mutate: (j) => JSON.stringify(j).replace(/\]$/, ',]'), path: '', message: /not valid JSON/ },
  { name: 'missing comma, located by line', file: 'sources.json', mutate: (j) => JSON.stringify(j, null, 2).replace('",\n    "file"', '"\n    "file"'), path: '', message: /not valid JSON at line 4, column 5/ },
  { name: 'missing file', file: 'needs.json', mutate: () => {}, remove: true, path: '', message: /is missing/ },
  { name: 'negative count', file: 'provision.json', mutate: (j) => { j[3].capacity = -2; }, path: '[3].capacity', message: /non-negative.*received -2/ },
  { name: 'wrong type', file: 'observations/sp-2024.json', mutate: (j) => { j[0].value = 'lots'; }, path: '[0].value', message: /received "lots"|Invalid/ },
  { name: 'unknown placement type', file: 'needs.json', mutate: (j) => { j[0].placementType = 'foster-castle'; }, path: '[0].placementType', message: /unknown placement type id "foster-castle"/ },
  { name: 'unknown locality', file: 'provision.json', mutate: (j) => { j[0].locality = 'atlantis'; }, path: '[0].locality', message: /unknown locality id "atlantis"/ },
  { name: 'unknown source', file: 'observations/sp-2024.json', mutate: (j) => { j[1].source = 'made-up-report'; }, path: '[1].source', message: /unknown source id "made-up-report"/ },
  { name: 'observation in the wrong source file', file: 'observations/cps-2024.json', mutate: (j) => { j[0].source = 'sp-2024'; }, path: '[0].source', message: /expected "cps-2024" like the file name/ },
  { name: 'unknown measure', file: 'observations/sp-2024.json', mutate: (j) => { j[0].measure = 'ghost-measure'; }, path: '[0].measure', message: /unknown measure id "ghost-measure"/ },
  { name: 'duplicate observation', file: 'observations/sp-2024.json', mutate: (j) => { j.push({ ...j[1] }); }, path: /^\[\d+\]$/, message: /duplicate observation/ },
  { name: 'duplicate id of a measure', file: 'measures.json', mutate: (j) => { j[2].id = j[1].id; }, path: '[2].id', message: /duplicate id/ },
  { name: 'duplicate locality id', file: 'localities.json', mutate: (j) => { j[5].id = j[0].id; }, path: '[5].id', message: /duplicate id "chesil"/ },
  { name: 'impossible date', file: 'observations/sp-2024.json', mutate: (j) => { j[0].asAt = '2023-02-30'; }, path: '[0].asAt', message: /real date/ },
  { name: 'as at in the future', file: 'needs.json', mutate: (j) => { j[0].asAt = '2099-01-01'; }, path: '[0].asAt', message: /not in the future/ },
  { name: 'range with min above max', file: 'needs.json', mutate: (j) => { j[0].value = { min: 5, max: 2 }; }, path: /^\[0\]\.value/, message: /min not above max/ },
  { name: 'missing provenance', file: 'observations/sp-2024.json', mutate: (j) => { delete j[0].source; }, path: '[0].source', message: /expected string|Invalid/ },
  { name: 'missing locator', file: 'provision.json', mutate: (j) => { delete j[1].locator; }, path: '[1].locator', message: /expected string|Invalid/ },
  { name: 'fractional child count', file: 'observations/sp-2024.json', mutate: (j) => { j[obsIndex(j, 'children-in-care')].value = 465.5; }, path: /^\[\d+\]\.value$/, message: /whole number of children/ },
  { name: 'percentage over 100', file: 'observations/cps-2024.json', mutate: (j) => { j[percentIndex(j)].value = 140; }, path: /^\[\d+\]\.value$/, message: /0 to 100/ },
  { name: 'HTML in a text field', file: 'placement-types.json', mutate: (j) => { j[0].description = 'Foster <script>alert(1)</script> care'; }, path: '[0].description', message: /without HTML/ },
  { name: 'unknown field', file: 'localities.json', mutate: (j) => { j[0].population = 1000; }, path: '[0]', message: /Unrecognized key|population/ },
  { name: 'bad id format', file: 'placement-types.json', mutate: (j) => { j[0].id = 'Foster Care'; }, path: '[0].id', message: /slug/ },
  { name: 'unknown need in market needs', file: 'market-needs.json', mutate: (j) => { j[0].needs = ['no-such-need']; }, path: '[0].needs[0]', message: /unknown need id/ },
  { name: 'unknown supply measure', file: 'needs.json', mutate: (j) => { j[0].supplyMeasure = 'ghost-measure'; }, path: '[0].supplyMeasure', message: /unknown measure id/ },
  { name: 'breakdown parts above total', file: 'observations/sp-2024.json', mutate: (j) => { j[obsIndex(j, 'children-in-care')].value = 10; }, path: /^\[\d+\]\.value$/, message: /at least the sum of its parts/ },
  { name: 'council code wrong', file: 'council.json', mutate: (j) => { j.codes.ons = 'DORSET'; }, path: 'codes.ons', message: /ONS GSS code/ },
  { name: 'unknown headline measure', file: 'council.json', mutate: (j) => { j.headlines[0].measure = 'ghost-measure'; }, path: 'headlines[0].measure', message: /unknown measure id/ },
  { name: 'unknown priority on a type', file: 'placement-types.json', mutate: (j) => { j[0].priorities = ['sp99']; }, path: '[0].priorities[0]', message: /unknown priority id "sp99"/ },
  { name: 'empty text', file: 'sources.json', mutate: (j) => { j[0].title = ''; }, path: '[0].title', message: /non-empty/ },
  { name: 'bad financial year', file: 'finance.json', mutate: (j) => { j[0].year = '2019'; }, path: '[0].year', message: /financial year/ },
  { name: 'finance figure for an unknown placement type', file: 'finance-figures.json', mutate: (j) => { j[0].placementTypes = ['foster-homes']; }, path: '[0].placementTypes[0]', message: /unknown placement type id "foster-homes"/ },
  { name: 'not an array', file: 'needs.json', mutate: () => '{"id": "one-need"}', path: '', message: /expected array/ },
  { name: 'unquantified need with a number', file: 'needs.json', mutate: (j) => { const i = j.findIndex((n: Json) => n.kind === 'unquantified'); j[i].value = 4; }, path: /^\[\d+\]\.value$/, message: /expected "not-published" for an unquantified need/ },
  { name: 'two totals in one breakdown', file: 'observations/sp-2024.json', mutate: (j) => { const t = j.find((f: Json) => f.total); const p = j.find((f: Json) => f.breakdown === t.breakdown && !f.total); p.total = true; }, path: /^\[\d+\]\.total$/, message: /already has a total/ },
  { name: 'script in a statement', file: 'market-needs.json', mutate: (j) => { j[0].text = '<img src=x onerror=alert(1)>'; }, path: '[0].text', message: /without HTML/ },
  { name: 'unknown unit', file: 'measures.json', mutate: (j) => { j[0].unit = 'kittens'; }, path: '[0].unit', message: /Invalid option|expected one of/ },
  { name: 'unknown numerator for a percentage', file: 'observations/cps-2024.json', mutate: (j) => { j[percentIndex(j)].numerator = 'no-such-count'; }, path: /^\[\d+\]\.numerator$/, message: /expected an observation of measure "no-such-count"/ },
  { name: 'edition "as at" in the future', file: 'council.json', mutate: (j) => { j.editions.at(-1).asAt = '2099-12-31'; }, path: 'editions[0].asAt', message: /not in the future/ },
  { name: 'script tag in a label', file: 'measures.json', mutate: (j) => { j[0].label = 'Children <script>alert(1)</script>'; }, path: '[0].label', message: /without HTML/ },
  // The disclosure rule. A raw small count in observations is withheld automatically (that is the rule's
  // job, never the data officer's); these inputs are the ones the build must refuse instead.
  { name: 'child count 1-5 published unsuppressed (a need stated in children)', file: 'needs.json', mutate: (j) => { Object.assign(j[0], { kind: 'additional', unit: 'children', value: 3 }); delete j[0].supplyMeasure; }, path: '[0].value', message: /a count of children from 1 to 5 would be published/ },
  { name: 'child count 1-5 published unsuppressed (a computed gap: 57 children needed, 53 placed)', file: 'needs.json', mutate: (j) => { const i = j.findIndex((n: Json) => (n.kind === 'total' || n.kind === 'additional') && n.supplyMeasure); if (i < 0) throw new Error('no need with a supply measure to break'); Object.assign(j[i], { kind: 'total', unit: 'children', value: 57, qualifier: undefined, supplyMeasure: 'cic-childrens-homes' }); }, path: /^\[\d+\]\.value$/, message: /a count of children from 1 to 5 would be published \(needs\// },
  { name: 'child count 1-5 given away in words (a text field: "used four times" about young people)', file: 'provision.json', mutate: (j) => { const i = j.findIndex((p: Json) => p.id === 'remand-foster-placement'); if (i < 0) throw new Error('no remand placement to break'); j[i].description += ' It was used four times in the past year.'; }, path: /^\[\d+\]\.description$/, message: /the words "four times" would reveal a count of children or young people from 1 to 5/ },
  { name: 'suppression rule narrowed so counts of 3 to 5 would show', file: 'council.json', mutate: (j) => { j.suppression.max = 2; }, path: 'suppression.max', message: /at least 5: counts of children from 1 to 5 are always withheld/ },
  { name: 'a suppressed value recoverable from a published total', file: 'observations/sp-2024.json', mutate: (j) => { j[obsIndex(j, 'cic-in-house-mainstream')].value = 'suppressed'; }, path: /^\[\d+\]\.value$/, message: /withheld by the source .*could be recovered from the published total/ },
];

/** Makes a throwaway copy of a council's data with one bad input applied; returns its folder. */
export function makeBadCopy(c: BadInput, from = 'data/councils/dorset'): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bad-data-'));
  const dir = join(root, 'dorset');
  cpSync(from, dir, { recursive: true });
  const file = join(dir, c.file);
  if (c.remove) rmSync(file);
  else {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const out = c.mutate(json);
    writeFileSync(file, typeof out === 'string' ? out : JSON.stringify(json, null, 2));
  }
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
