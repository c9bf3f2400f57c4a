/**
 * The chart rules, checked on rendered HTML (a built page, or a chart's figure): what issue 12
 * asks of every chart, read from the markup the charts carry (src/charts/kit/rules.ts).
 *
 * 1. One unit per axis: every axis names one unit, and every mark drawn against it (in its
 *    panel, or in the whole drawing) is in that unit. A chart that is not categorical has an axis.
 * 2. One meaning per colour on a page: a paint (colour and form) carries one meaning across
 *    every chart on the page, in the drawings and in the keys; every legend entry says what it
 *    means; every meaning drawn is in the chart's key.
 * 3. No segment without a label or a table entry: every bar (a coloured rect in a mark) is a
 *    segment, and every segment has text in its mark or a row in the chart's data table.
 *
 * Paints are read from the drawing's own attributes here, not from the chart code's palette.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileToPath, htmlFiles } from './dist.ts';

export type Rule = 'unit' | 'colour' | 'segment';
export interface Violation {
  rule: Rule;
  chart: string;
  message: string;
}

/** The paint of a shape as drawn: "#1d5e99", "ring:#1d5e99", "line:#0b0c0c", "pattern:none". */
export function paintOf(el: HTMLElement): string {
  const fill = (el.getAttribute('fill') ?? '').toLowerCase();
  const stroke = (el.getAttribute('stroke') ?? '').toLowerCase();
  const pattern = /^url\(#.*-(none|suppressed|computed|difference)\)$/.exec(fill);
  if (pattern) return `pattern:${pattern[1]}`;
  if ((!fill || fill === 'none') && stroke) return `line:${stroke}`;
  if (fill === '#ffffff' && stroke && stroke !== '#ffffff') return `ring:${stroke}`;
  return fill;
}

/** The nearest ancestor panel of an element, or the drawing itself. */
function scopeOf(el: HTMLElement, svg: HTMLElement): HTMLElement {
  for (let p = el.parentNode as HTMLElement | null; p && p !== svg; p = p.parentNode as HTMLElement | null) {
    if (p.hasAttribute?.('data-panel')) return p;
  }
  return svg;
}

/** Rules 1 and 3, and the chart's own half of rule 2 (its key explains what it draws), for one figure. */
export function checkFigure(fig: HTMLElement): Violation[] {
  const chart = fig.id;
  const out: Violation[] = [];
  const v = (rule: Rule, message: string) => out.push({ rule, chart, message });
  const categorical = fig.hasAttribute('data-categorical');
  const legend = fig.querySelectorAll('.chart__legend li');
  const legendMeanings = new Set<string>();
  for (const li of legend) {
    const m = li.getAttribute('data-meaning');
    if (!m || !li.getAttribute('data-fill')) v('colour', `legend entry "${li.text.trim()}" does not say what its colour means`);
    else legendMeanings.add(m);
  }
  const rowIds = new Set(fig.querySelectorAll('tr[data-row-id]').filter((tr) => tr.querySelectorAll('td').some((td) => td.text.trim())).map((tr) => tr.getAttribute('data-row-id')!));
  for (const svg of fig.querySelectorAll('svg')) {
    const variant = svg.classList.contains('chart__svg--narrow') ? 'narrow' : 'wide';
    // Rule 1: units per axis.
    const axes = svg.querySelectorAll('[data-axis]');
    if (!categorical && !axes.length) v('unit', `${variant}: no axis names its unit`);
    const axesIn = new Map<HTMLElement, HTMLElement[]>();
    for (const a of axes) {
      const unit = a.getAttribute('data-unit') ?? '';
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(unit)) v('unit', `${variant}: an axis names "${unit}", not one unit`);
      const s = scopeOf(a, svg);
      const same = (axesIn.get(s) ?? []).filter((b) => b.getAttribute('data-axis') === a.getAttribute('data-axis'));
      if (same.length) v('unit', `${variant}: two ${a.getAttribute('data-axis')} axes share one panel`);
      axesIn.set(s, [...(axesIn.get(s) ?? []), a]);
    }
    for (const mark of svg.querySelectorAll('g.mark')) {
      const unit = mark.getAttribute('data-unit');
      const mine = axesIn.get(scopeOf(mark, svg)) ?? [];
      const what = `"${mark.getAttribute('data-label')}"`;
      if (unit && !mine.length) v('unit', `${variant}: ${what} is in ${unit} but has no axis`);
      if (!unit && mine.length && !categorical) v('unit', `${variant}: ${what} is drawn against an axis but names no unit`);
      for (const a of mine) if (unit && a.getAttribute('data-unit') !== unit) v('unit', `${variant}: ${what} is in ${unit}, drawn against an axis in ${a.getAttribute('data-unit')}`);
    }
    // Rule 3: segments.
    for (const mark of svg.querySelectorAll('g.mark')) {
      const labelled = mark.querySelectorAll('text').some((t) => t.text.trim() !== '');
      for (const bar of mark.querySelectorAll('rect[data-meaning]')) {
        if (!bar.hasAttribute('data-segment')) {
          v('segment', `${variant}: a bar in "${mark.getAttribute('data-label')}" is not marked as a segment`);
          continue;
        }
        const row = bar.getAttribute('data-table-row');
        if (!labelled && !(row && rowIds.has(row))) v('segment', `${variant}: a segment of "${mark.getAttribute('data-label')}" has no label and no table row${row ? ` ("${row}" not found)` : ''}`);
      }
    }
    // Rule 2, this chart's half: every meaning drawn is in the key (a scale is read against the drawing's own colour axis).
    const colourAxis = axes.some((a) => a.getAttribute('data-axis') === 'colour');
    for (const m of new Set(svg.querySelectorAll('[data-meaning]').map((e) => e.getAttribute('data-meaning')!))) {
      if (!legendMeanings.has(m) && !(m === 'scale' && colourAxis)) v('colour', `${variant}: draws "${m}" but the key does not explain it`);
    }
  }
  return out;
}

/** Every paint on a page (drawings and keys) with the meanings it carries. */
export function paintsOn(root: HTMLElement): Map<string, Set<string>> {
  const paints = new Map<string, Set<string>>();
  const add = (paint: string, meaning: string) => paints.set(paint, (paints.get(paint) ?? new Set()).add(meaning));
  for (const fig of root.querySelectorAll('figure[data-chart]')) {
    for (const li of fig.querySelectorAll('.chart__legend li[data-meaning]')) add(li.getAttribute('data-fill')!, li.getAttribute('data-meaning')!);
    for (const el of fig.querySelectorAll('svg [data-meaning]')) add(paintOf(el), el.getAttribute('data-meaning')!);
  }
  return paints;
}

/** All three rules for every chart on a page, and rule 2 across the page's charts. */
export function checkPage(html: string): { charts: number; violations: Violation[] } {
  const root = parse(html);
  const figures = root.querySelectorAll('figure[data-chart]');
  const violations = figures.flatMap(checkFigure);
  for (const [paint, meanings] of paintsOn(root)) {
    if (meanings.size > 1) violations.push({ rule: 'colour', chart: '(page)', message: `${paint} means ${[...meanings].sort().join(' and ')} on one page` });
  }
  return { charts: figures.length, violations };
}

/** Every page of a built site with a chart: how many charts, and what breaks the rules. */
export function checkSite(root: string): { pages: number; charts: number; problems: string[] } {
  let pages = 0;
  let charts = 0;
  const problems: string[] = [];
  for (const file of htmlFiles(root)) {
    const html = readFileSync(join(root, file), 'utf8');
    if (!html.includes('data-chart')) continue;
    const r = checkPage(html);
    if (!r.charts) continue;
    pages++;
    charts += r.charts;
    for (const v of r.violations) problems.push(`${fileToPath(file)} #${v.chart} [${v.rule}] ${v.message}`);
  }
  return { pages, charts, problems };
}
