/**
 * What a printed page leaves out, read from the page's own HTML so the list can never drift from
 * the page: each section heading (h2) inside an element marked `no-print`, the summary of each
 * outermost <details> (print hides them), and the title of each chart not kept for paper (outside
 * `.print-keep`). An element's `data-print-omit` names it instead (one name for many alike); a
 * <details> marked `print-open` prints open and is not listed.
 */
import { CHART_SVG } from './chart-svg.ts';

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Open {
  name: string;
  /** Left off paper, and already named (or to be named) in the list. */
  omitted: boolean;
  keep: boolean;
  hiddenText: boolean;
}

const ATTR = new Map<string, RegExp>();
const attr = (attrs: string, name: string) => {
  if (!attrs.includes(name)) return undefined;
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
};
const classes = (attrs: string) => new Set((attr(attrs, 'class') ?? '').split(/\s+/).filter(Boolean));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const clean = (s: string) => decode(s.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

export function printOmissions(page: string): string[] {
  // A chart's SVG holds nothing this reads but most of the page's tags (kept as an empty element).
  const html = page.replace(CHART_SVG, '<svg></svg>');
  const stack: Open[] = [];
  const out: string[] = [];
  const push = (s: string) => {
    const t = clean(s);
    if (t && !out.includes(t)) out.push(t);
  };
  /** What is being read: which element's text, from which omitted element, with what prefix. */
  let want: { owner: number; textTag: (name: string, cls: Set<string>) => boolean; prefix: string; many?: boolean } | null = null;
  let reading: { depth: number; text: string; prefix: string } | null = null;
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (reading && !stack.some((o) => o.hiddenText)) reading.text += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    const [, close, rawName, attrs, selfClose] = m;
    const name = rawName.toLowerCase();
    if (close) {
      const i = stack.map((o) => o.name).lastIndexOf(name);
      if (i < 0) continue;
      stack.length = i;
      if (reading && stack.length < reading.depth) {
        push(reading.prefix + reading.text);
        reading = null;
        if (!want?.many) want = null;
      }
      if (want && stack.length <= want.owner) want = null;
      continue;
    }
    const cls = classes(attrs);
    const named = attr(attrs, 'data-print-omit');
    const omittedAbove = stack.some((o) => o.omitted);
    const kept = stack.some((o) => o.keep);
    const details = name === 'details' && !cls.has('print-open');
    const chart = name === 'figure' && cls.has('chart') && !kept;
    const noPrint = cls.has('no-print');
    const entry: Open = { name, omitted: omittedAbove || details || chart || noPrint, keep: cls.has('print-keep'), hiddenText: cls.has('visually-hidden') };
    const depth = stack.length;
    const inKeptChart = kept && stack.some((o) => o.name === 'figure');
    if (!omittedAbove && !want && !reading) {
      if (named && entry.omitted) push(decode(named));
      // Navigation is not content; a printed chart's folded data table is named as such.
      else if (noPrint && name === 'nav') { /* left out, not named */ }
      else if (details && inKeptChart) push('Data table of the printed chart');
      else if (details) want = { owner: depth, textTag: (n) => n === 'summary', prefix: '' };
      else if (chart) want = { owner: depth, textTag: (_n, c) => c.has('chart__title'), prefix: 'Chart: ' };
      else if (noPrint) want = { owner: depth, textTag: (n) => n === 'h2', prefix: '', many: true };
    } else if (want && !reading && want.textTag(name, cls) && !(want.many && stack.slice(want.owner + 1).some((o) => o.name === 'details' || o.name === 'nav'))) {
      // In a no-print section, only its own headings: not those folded inside it or in its navigation.
      reading = { depth: depth + 1, text: '', prefix: want.prefix };
    }
    if (!VOID.has(name) && !selfClose) stack.push(entry);
    else if (reading && reading.depth === depth + 1) {
      push(reading.prefix + reading.text);
      reading = null;
    }
  }
  return out;
}
