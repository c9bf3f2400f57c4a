/**
 * Render tests driven by the chart examples (synthetic data): what each chart draws, its
 * takeaway, its table and CSV. Expected values are written out by hand from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { gapChart } from '../../src/charts/gap/draw.ts';
import { matrixChart } from '../../src/charts/matrix/draw.ts';
import { mapChart } from '../../src/charts/map/draw.ts';
import { whereChart } from '../../src/charts/where/draw.ts';
import { trendChart } from '../../src/charts/trend/draw.ts';
import { progressChart } from '../../src/charts/progress/draw.ts';
import { gapExamples } from '../../src/charts/gap/examples.ts';
import { matrixExamples } from '../../src/charts/matrix/examples.ts';
import { mapExamples } from '../../src/charts/map/examples.ts';
import { whereExamples } from '../../src/charts/where/examples.ts';
import { trendExamples } from '../../src/charts/trend/examples.ts';
import { progressExamples } from '../../src/charts/progress/examples.ts';
import { allExamples, EXAMPLE_PLACE } from '../../src/charts/examples/index.ts';
import { standaloneSvg } from '../../src/charts/kit/standalone-svg.ts';
import type { ChartOutput } from '../../src/charts/kit/output.ts';
import { suppressedExplained } from '../../src/text/symbols.ts';

/** The marks drawn: one <g class="mark"> each, with its label. */
const marks = (svg: string) => [...svg.matchAll(/<g class="mark" data-label="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, ' ').replaceAll('&amp;', '&').replace(/\s+/g, ' ').trim());
const csvRows = (f: ChartOutput) => csvParseRows(f.csv.trim());

describe('every example', () => {
  for (const { kind, name, chart } of allExamples()) {
    it(`${kind}/${name}: has the chart anatomy and a CSV equal to its table`, () => {
      expect(chart.title).not.toBe('');
      expect(chart.takeaway).toMatch(/\.$/);
      expect(chart.alt).not.toBe(chart.title);
      expect(chart.alt.length).toBeGreaterThan(40);
      expect(csvRows(chart)).toEqual([chart.table.columns, ...chart.table.rows.map((r) => r.cells)]);
      for (const d of [chart.wide, chart.narrow]) {
        expect(marks(d.body)).toHaveLength(d.marks);
        expect(d.marks).toBeGreaterThan(0);
        // No NaN coordinates and no unescaped text.
        expect(d.body).not.toMatch(/NaN|undefined/);
      }
      expect(chart.narrow.width).toBeLessThan(chart.wide.width);
      const file = standaloneSvg(chart, (s) => s);
      expect(file).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(file).toContain(`<title>${chart.title}</title>`);
    });
  }
});

describe('gap chart', () => {
  const f = gapChart(gapExamples.mixed);
  it('draws one mark per need, with its value and kind', () => {
    expect(f.wide.marks).toBe(6);
    const t = texts(f.wide.body);
    expect(t).toContain('12 more places');
    expect(t).toContain('2 to 3 more places');
    expect(t).toContain('7 carers short');
    expect(t).toContain('25 more flats a year');
    expect(t).toContain('number not published');
    expect(t).toContain('40 now');
  });
  it('draws worked-out gaps striped, ranges with a bracket, and c as dots', () => {
    const m = f.wide.body.split('<g class="mark"').slice(1);
    expect(m[2]).toContain('url(#example-gap-mixed-w-computed)');
    expect(m[0]).not.toContain('-computed)');
    expect(m[1]).toMatch(/<path d="M[\d.]+ [\d.]+H[\d.]+M/);
    expect(m[5]).toContain('url(#example-gap-mixed-w-suppressed)');
    expect(m[5]).toContain('>c</text>');
    expect(m[3]).toContain('url(#example-gap-mixed-w-none)');
  });
  it('computes its takeaway from the data', () => {
    expect(f.takeaway).toBe('The largest stated shortfall is 25 flats a year, in flats; 2 more shortfalls are named without a number.');
    expect(gapChart(gapExamples.highlighted).takeaway).toBe('The largest shortfall in carers is 4 carers; across all types the largest is 12 places, in homes.');
    expect(gapChart(gapExamples.unquantified).takeaway).toBe('The council names 1 shortfall but publishes no number for it.');
  });
  it('tables exactly the rows drawn, ranges and c as such', () => {
    const rows = csvRows(f);
    expect(rows[0]).toEqual(['Placement type', 'Need', 'Shortfall', 'How we know', 'Current supply (same unit)', 'Timeframe']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['12 places', '2 to 3 places', '7 carers', 'not published', '25 flats a year', 'c']);
    expect(rows[3][3]).toBe('Worked out: need minus supply');
  });
  it('highlights the page’s type with a band and words, not colour alone', () => {
    const h = gapChart(gapExamples.highlighted);
    expect(h.wide.body).toContain('fill="#e8f1f8"');
    expect(texts(h.wide.body)).toContain('Carers (this page)');
    expect(h.legend.map((l) => l.swatch)).toContain('band');
  });
  it('escapes text', () => {
    const g = gapChart({ ...gapExamples.unquantified, rows: [{ ...gapExamples.unquantified.rows[0], label: '<b>Tom & "Jerry"</b>' }] });
    expect(g.wide.body).toContain('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    expect(g.wide.body).not.toContain('<b>');
  });
});

describe('matrix chart', () => {
  it('draws every cell, each state distinct, and counts them in the takeaway', () => {
    const f = matrixChart(matrixExamples.allStates);
    expect(f.wide.marks).toBe(9);
    const cells = f.wide.body.split('<g class="mark"').slice(1);
    expect(cells[0]).toContain('fill="#b34700"'); // need
    expect(cells[0]).toContain('fill="#1d5e99"'); // provision strip under the need
    expect(cells[1]).toContain('fill="#1d5e99"');
    expect(cells[5]).toContain('url(#example-matrix-states-w-suppressed)');
    expect(cells[5]).toContain('>c</text>');
    expect(cells.filter((c) => c.includes('url(#example-matrix-states-w-none)'))).toHaveLength(5);
    expect(f.takeaway).toBe('Of 9 pairs of placement type and locality, 2 have a stated need and 2 have named provision; for the other 5, nothing is published by locality.');
    expect(csvRows(f)[1]).toEqual(['Homes', 'Stated need: 4 more places', 'Named provision: Oak House, 6 places', 'not published']);
  });
  it('words c from the disclosure rule it is given', () => {
    expect(matrixChart(matrixExamples.allStates).legend).toContainEqual({ swatch: 'suppressed', label: 'c: a count of fewer than 6 children, or a figure that would reveal one, withheld to protect privacy', meaning: 'suppressed' });
    expect(matrixChart({ ...matrixExamples.allStates, suppressedKey: suppressedExplained({ max: 9 }) }).legend.map((l) => l.label)).toContain('c: a count of fewer than 10 children, or a figure that would reveal one, withheld to protect privacy');
  });
  it('outlines the locality’s column on its page', () => {
    const f = matrixChart(matrixExamples.highlighted);
    expect(f.wide.body).toMatch(/<rect [^>]*fill="none" stroke="#0b0c0c" stroke-width="3"/);
    expect(f.takeaway).toBe('In South Area, 0 of 3 placement types have a stated need and 1 has named provision; for the other 2, nothing is published.');
  });
});

describe('map chart', () => {
  it('shades each area by its needs, writes what they add up to, and says the boundaries are approximate', () => {
    const f = mapChart(mapExamples.threeAreas);
    expect(f.wide.marks).toBe(3);
    expect(f.wide.body.match(/<path d="M/g)).toHaveLength(3);
    const t = texts(f.wide.body);
    expect(t).toContain('West Area');
    expect(t).toContain('2 needs: 2 places; 1 without a number');
    // No need published: hatched and worded "not published", never drawn as zero.
    expect(t.filter((s) => s === 'needs: not published')).toHaveLength(2);
    expect(t).not.toContain('0 needs');
    expect(f.wide.body).toMatch(/data-key="west" data-unit="needs"><path [^>]*fill="#fd8d3c"/);
    expect(f.wide.body).toMatch(/data-key="east" data-unit="needs"><path [^>]*fill="url\(#example-map-three-w-none\)"/);
    // Supply marked: a disc counting the open home, a ring counting the planned one.
    expect(f.wide.body).toMatch(/<circle [^>]*fill="#1d5e99" data-meaning="supply"\/><text [^>]*>1<\/text>/);
    expect(f.wide.body).toMatch(/<circle [^>]*fill="#ffffff" stroke="#1d5e99"[^>]*data-meaning="planned"/);
    expect(t.some((s) => s.startsWith('Boundaries are approximate'))).toBe(true);
    expect(f.takeaway).toBe('West Area has the most needs stated (2 needs: 2 places; 1 without a number) and 1 named home or service; no need is published for Middle Area or East Area.');
    expect(csvRows(f)[3]).toEqual(['East Area', 'not published', 'not published', '0', '0', 'no stated need', 'no named home or service']);
    expect(f.notes.join(' ')).toMatch(/approximate/);
  });
  it('keeps projected shapes inside the drawing (winding handled)', () => {
    const f = mapChart(mapExamples.threeAreas);
    const nums = [...f.wide.body.matchAll(/<path d="([^"]+)"/g)].flatMap((m) => m[1].match(/-?[\d.]+/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(f.wide.width);
  });
  it('outlines the highlighted area', () => {
    const f = mapChart(mapExamples.highlighted);
    expect(f.wide.body).toMatch(/data-key="middle" data-unit="needs"><path [^>]*stroke-width="4"/);
    expect(f.takeaway).toBe('Middle Area has no need published and 3 named homes or services in the documents.');
  });
});

describe('where children live chart', () => {
  const f = whereChart(whereExamples.splits);
  it('draws each part, hatches what is not broken down and shows c without a size', () => {
    expect(f.wide.marks).toBe(10);
    const t = texts(f.wide.body);
    expect(t).toContain('150 council'); // wide enough for words
    expect(t).toContain('30'); // too narrow for words: the number alone
    expect(f.wide.body).toContain('url(#example-where-splits-w-none)');
    expect(marks(f.wide.body)).toContain('Children with agencies, March 2024: the rest of the 100 children are not broken down');
    expect(t).toContain('c');
    // Every part named in words under its bar, so a part too narrow for its number is still labelled.
    expect(t).toContain('40 in Westshire · 35 neighbouring · rest not broken down · total 100 children');
    expect(t).not.toContain('25'); // 100 - 40 - 35: never given a number
  });
  it('computes its takeaway and tables every part', () => {
    expect(f.takeaway).toBe(`Children in homes, March 2024: 30 in ${EXAMPLE_PLACE}, 18 in neighbouring areas and 12 further away (of 60 children).`);
    expect(f.notes[0]).toBe(`Neighbouring areas are the council areas that border ${EXAMPLE_PLACE}; further away is anywhere else.`);
    expect(csvRows(f)).toHaveLength(13);
    // The hatched rest has a table row of its own, with no number.
    expect(csvRows(f)).toContainEqual(['Children with agencies, March 2024', 'the rest, not broken down', 'not published']);
    expect(csvRows(f)).toContainEqual(['Children in secure homes, March 2024', 'further away', 'c']);
  });
});

describe('trend chart', () => {
  it('marks every point, breaking the line at values not published or c', () => {
    const f = trendChart(trendExamples.single);
    expect(f.wide.marks).toBe(5);
    expect(f.wide.body.match(/<path d="M[^"]*"[^>]*stroke-width="2.5"/)![0].match(/M/g)).toHaveLength(2);
    expect(f.takeaway).toBe('The synthetic count rose from 200 in 2019 to 240 children in 2023, after peaking at 260 in 2020.');
    expect(csvRows(f).slice(1).map((r) => r[3])).toEqual(['200 children', '260 children', 'not published', 'c', '240 children']);
  });
  it('compares two series', () => {
    const f = trendChart(trendExamples.pair);
    expect(f.wide.marks).toBe(4);
    expect(f.takeaway).toBe('Actual spending was above budget in each of the 2 years shown, 2020/21 to 2021/22.');
    expect(texts(f.wide.body)).toContain('Actual spending');
  });
});

describe('progress chart', () => {
  const f = progressChart(progressExamples.measures);
  it('draws baseline, latest and target, and says what is not published', () => {
    expect(f.wide.marks).toBe(4);
    const t = texts(f.wide.body);
    expect(t).toContain('60%');
    expect(t).toContain('64%');
    expect(t).toContain('target not published');
    expect(t).toContain('target 30 flats');
    expect(t).toContain('baseline c');
    expect(t).toContain('no number published');
    expect(f.takeaway).toBe('2 of 4 success measures have a published target; 1 has a reading since the baseline (share in family homes: 60% to 64%, the way the strategy wants).');
    expect(csvRows(f)[3]).toEqual(['Care leavers in bed and breakfast', '3', 'reach zero', 'c (March 2023)', 'not published', '0 young people (March 2027)']);
  });
});
