/**
 * The chart rules of issue 12 (scripts/lib/chart-rules.ts), on chart inputs that the old drawings
 * got wrong: units mixed on one axis, one colour for two meanings on a page, a segment with no
 * label or table row, a locality with no published need drawn blank. Each "before" case rebuilds
 * the old markup from the new so that the checker is seen to fail on it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkFigure, checkPage, paintOf } from '../../scripts/lib/chart-rules.ts';
import { figureHtml } from '../../src/charts/kit/figure-html.ts';
import type { ChartOutput } from '../../src/charts/kit/output.ts';
import { OPERATOR, WHERE } from '../../src/charts/kit/palette.ts';
import { gapChart } from '../../src/charts/gap/draw.ts';
import { gapExamples } from '../../src/charts/gap/examples.ts';
import { whereChart } from '../../src/charts/where/draw.ts';
import { whereExamples } from '../../src/charts/where/examples.ts';
import { mapChart } from '../../src/charts/map/draw.ts';
import { mapExamples } from '../../src/charts/map/examples.ts';
import { needAmount } from '../../src/charts/map/input.ts';
import { allExamples, RULE_EXAMPLES } from '../../src/charts/examples/index.ts';
import { buildModel } from '../../src/data/model.ts';
import { loadCouncilData } from '../../src/data/load.ts';
import { CHART, chartById, charts } from '../../src/charts/registry.ts';
import { whereGroups } from '../../src/charts/where/input.ts';
import { homeCharts, placementTypeCharts, prioritiesCharts } from '../../src/views/charts.ts';
import type { Gap } from '../../src/data/gaps.ts';

const html = (c: ChartOutput) => figureHtml(c, { href: (p) => `/${p}`, formatDate: (s) => s });
const page = (...cs: ChartOutput[]) => `<main>${cs.map(html).join('')}</main>`;
const figure = (c: ChartOutput) => parse(html(c)).querySelector('figure')!;
const rules = (vs: { rule: string }[]) => [...new Set(vs.map((v) => v.rule))];

describe('rule 1: one unit per axis', () => {
  const f = gapChart(gapExamples.mixed);
  it('the gap chart draws needs in places, carers, flats and young people against four axes, one unit each', () => {
    const svg = parse(f.wide.body);
    expect(svg.querySelectorAll('[data-axis]').map((a) => a.getAttribute('data-unit'))).toEqual(['places', 'carers', 'flats-a-year', 'young-people']);
    // Each panel: one axis, and every mark in it in that axis's unit.
    for (const panel of svg.querySelectorAll('[data-panel]')) {
      const unit = panel.querySelector('[data-axis]')!.getAttribute('data-unit');
      expect(panel.querySelectorAll('g.mark').map((m) => m.getAttribute('data-unit'))).toEqual(expect.arrayContaining([unit]));
      expect(new Set(panel.querySelectorAll('g.mark').map((m) => m.getAttribute('data-unit')))).toEqual(new Set([unit]));
    }
    expect(checkFigure(figure(f))).toEqual([]);
  });
  it('each axis is titled with its unit, inside the axis', () => {
    const titles = parse(f.wide.body).querySelectorAll('[data-axis] text[font-weight="700"]').map((t) => t.text);
    expect(titles).toEqual(['places', 'carers', 'flats a year', 'young people']);
  });
  it('fails the old drawing: every unit against one scale', () => {
    // The old chart: the same rows on one axis. Drop the panels and keep one axis.
    const fig = figure(f);
    for (const p of fig.querySelectorAll('[data-panel]')) p.removeAttribute('data-panel');
    for (const svg of fig.querySelectorAll('svg')) svg.querySelectorAll('[data-axis]').slice(1).forEach((a) => a.remove());
    const vs = checkFigure(fig);
    expect(rules(vs)).toEqual(['unit']);
    expect(vs.map((v) => v.message)).toContainEqual(expect.stringMatching(/is in carers, drawn against an axis in places/));
  });
  it('fails a chart that draws values on no named axis', () => {
    const fig = figure(f);
    fig.querySelectorAll('[data-axis]').forEach((a) => a.removeAttribute('data-axis'));
    expect(checkFigure(fig).map((v) => v.message)).toContainEqual('wide: no axis names its unit');
  });
});

describe('rule 2: one meaning per colour on a page', () => {
  const where = whereChart(whereExamples.splits);
  const gap = gapChart(gapExamples.mixed);
  it('where children live and who looks after them have colours of their own, apart from supply and need', () => {
    const meanings = Object.fromEntries(where.legend.map((l) => [l.meaning, l.swatch]));
    expect(meanings).toMatchObject({ 'in-area': 'in-area', neighbouring: 'neighbouring', 'further-away': 'further-away', council: 'council', independent: 'independent' });
    const fills = new Set([...Object.values(WHERE), ...Object.values(OPERATOR)]);
    expect(fills.size).toBe(5);
    expect(checkPage(page(where, gap)).violations).toEqual([]);
  });
  it('fails the old palette: one blue for "in the area" and "council carers"', () => {
    const old = page(where, gap).replaceAll(OPERATOR.council, WHERE['in-area']);
    const vs = checkPage(old).violations;
    expect(vs).toContainEqual({ rule: 'colour', chart: '(page)', message: `${WHERE['in-area']} means council and in-area on one page` });
  });
  it('fails across charts: supply blue meaning something else in another chart on the page', () => {
    const other = page(where, gap).replace(`fill="${OPERATOR.independent}"`, 'fill="#1d5e99"');
    expect(checkPage(other).violations.map((v) => v.message)).toContainEqual('#1d5e99 means independent and supply on one page');
  });
  it('fails a key that does not say what its colours mean, and a colour the key leaves out', () => {
    const fig = figure(where);
    fig.querySelector('.chart__legend li')!.removeAttribute('data-meaning');
    expect(checkFigure(fig).map((v) => v.message)).toContainEqual('legend entry "In Westshire" does not say what its colour means');
    const fig2 = figure(where);
    fig2.querySelectorAll('.chart__legend li').filter((li) => li.getAttribute('data-meaning') === 'council').forEach((li) => li.remove());
    expect(checkFigure(fig2).map((v) => v.message)).toContainEqual('wide: draws "council" but the key does not explain it');
  });
  it('reads paints from the drawing: solid, ring, line and pattern', () => {
    const el = (s: string) => parse(s).firstChild as never;
    expect(paintOf(el('<rect fill="#1D5E99"/>'))).toBe('#1d5e99');
    expect(paintOf(el('<circle fill="#ffffff" stroke="#1d5e99"/>'))).toBe('ring:#1d5e99');
    expect(paintOf(el('<path fill="none" stroke="#0b0c0c"/>'))).toBe('line:#0b0c0c');
    expect(paintOf(el('<rect fill="url(#x-w-none)"/>'))).toBe('pattern:none');
  });
});

describe('rule 3: no segment without a label or a table entry', () => {
  const f = whereChart(whereExamples.narrowPart);
  it('a part too narrow for its number (7 of 50) is written under its bar and has its own table row', () => {
    // On the narrow drawing the 7 is too narrow for its number.
    const svg = parse(f.narrow.body);
    const seven = svg.querySelectorAll('g.mark').find((m) => m.getAttribute('data-label') === 'Children in homes, April 2021: 7 children in Westshire')!;
    expect(seven.querySelectorAll('text')).toHaveLength(0);
    expect(seven.querySelector('rect')!.getAttribute('data-table-row')).toBe('narrow:in-area');
    expect(f.table.rows.find((r) => r.id === 'narrow:in-area')?.cells).toEqual(['Children in homes, April 2021', 'in Westshire', '7 children']);
    expect(parse(f.wide.body).querySelectorAll('text').map((t) => t.text)).toContain('7 in Westshire · 17 neighbouring · rest not broken down · total 50 children');
    // The hatched rest has a row too, and no number.
    expect(f.table.rows.find((r) => r.id === 'narrow:rest')?.cells).toEqual(['Children in homes, April 2021', 'the rest, not broken down', 'not published']);
    expect(checkFigure(figure(f))).toEqual([]);
  });
  it('fails the old drawing: unlabelled segments with no table row of their own', () => {
    const fig = figure(f);
    fig.querySelectorAll('tr[data-row-id]').forEach((tr) => tr.removeAttribute('data-row-id'));
    const vs = checkFigure(fig);
    expect(rules(vs)).toEqual(['segment']);
    expect(vs.map((v) => v.message)).toContainEqual('narrow: a segment of "Children in homes, April 2021: 7 children in Westshire" has no label and no table row ("narrow:in-area" not found)');
    expect(vs.map((v) => v.message)).toContainEqual('wide: a segment of "Children in homes, April 2021: the rest of the 50 children are not broken down" has no label and no table row ("narrow:rest" not found)');
  });
  it('fails a bar that is not marked as a segment', () => {
    const fig = figure(f);
    fig.querySelectorAll('rect[data-segment]').forEach((r) => r.removeAttribute('data-segment'));
    expect(rules(checkFigure(fig))).toEqual(['segment']);
  });
});

describe('the locality map: shaded by how much is needed, "not published" where nothing is', () => {
  const f = mapChart(mapExamples.threeAreas);
  it('adds up needs unit by unit, lower figure of a range, never numbering a need without one', () => {
    const gap = (shown: Gap['shown'], unit: Gap['unit'], qualifier?: string) => ({ shown, unit, need: { qualifier } }) as unknown as Gap;
    expect(needAmount([gap({ kind: 'number', n: 1 }, 'places'), gap({ kind: 'number', n: 2 }, 'places')])).toBe('3 places');
    expect(needAmount([gap({ kind: 'number', n: 2 }, 'places', 'at-least')])).toBe('at least 2 places');
    expect(needAmount([gap({ kind: 'range', min: 2, max: 3 }, 'places'), gap({ kind: 'number', n: 1 }, 'properties'), gap({ kind: 'not-published' }, 'places')])).toBe('at least 2 places, 1 property; 1 without a number');
  });
  it('draws a locality with no need hatched and worded "not published", with its own table row', () => {
    expect(f.table.rows.find((r) => r.key === 'east')?.cells.slice(0, 3)).toEqual(['East Area', 'not published', 'not published']);
    expect(f.legend.map((l) => l.label)).toContain('Not published: no need stated for this locality (not zero)');
    expect(checkFigure(figure(f))).toEqual([]);
  });
});

describe('every example and every chart of the council in depth keeps the rules', () => {
  it('every chart example', () => {
    for (const { kind, name, chart } of allExamples()) expect(checkFigure(figure(chart)), `${kind}/${name}`).toEqual([]);
  });
  it('each rule has an example that exists', () => {
    const names = new Set(allExamples().map((e) => `${e.kind}/${e.name}`));
    for (const r of RULE_EXAMPLES) expect(names.has(`${r.kind}/${r.name}`), r.rule).toBe(true);
    expect(new Set(RULE_EXAMPLES.map((r) => r.rule)).size).toBe(RULE_EXAMPLES.length);
  });
  const m = buildModel(loadCouncilData('data/councils/dorset', { today: new Date('2026-01-01') }));
  it('the home page, each placement type page and the priorities page, as their views group the charts', () => {
    const h = homeCharts(m);
    expect(checkPage(page(...h.snapshot, ...h.gaps, ...h.localities)).violations).toEqual([]);
    for (const t of m.placementTypes) {
      const c = placementTypeCharts(m, t.id);
      expect(checkPage(page(...c.gaps, ...c.where, ...c.trends)).violations, t.id).toEqual([]);
    }
    const p = prioritiesCharts(m);
    expect(checkPage(page(...p.progress, ...p.trends)).violations).toEqual([]);
    expect(charts(m).size).toBeGreaterThan(20);
  });
  it('a placement type’s chart shows only its own rows', () => {
    for (const t of m.placementTypes) {
      const c = charts(m).get(CHART.gapsFor(t.id));
      if (c) expect(new Set(c.table.rows.map((r) => r.cells[0])), t.id).toEqual(new Set([t.name]));
    }
    expect(chartById(m, CHART.gaps).table.rows.length).toBeGreaterThan(chartById(m, CHART.gapsFor('childrens-homes')).table.rows.length);
  });
  it('where children live: each bar is one date, parts and total alike', () => {
    const { groups, refs } = whereGroups(m);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      expect(new Set(refs.get(r.key)!.map((o) => o.asAt)), r.key).toEqual(new Set([r.asAt]));
      expect(r.label).toMatch(/, [A-Z][a-z]+ \d{4}$/);
    }
  });
});
