/** Small builders for SVG markup as strings. Numbers are rounded so the markup stays short and stable. */
import { esc } from './escape.ts';
import { COLOURS } from './palette.ts';

export const r1 = (n: number) => Math.round(n * 10) / 10;

type Attrs = Record<string, string | number | undefined | false>;
export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? r1(v) : esc(v as string)}"`)
    .join(' ');
}

export const rect = (a: Attrs) => `<rect ${attrs(a)}/>`;
export const line = (a: Attrs) => `<line ${attrs(a)}/>`;
export const path = (d: string, a: Attrs = {}) => `<path d="${d}" ${attrs(a)}/>`;
export const circle = (a: Attrs) => `<circle ${attrs(a)}/>`;

export interface TextOpts {
  size?: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  cls?: string;
  baseline?: 'middle' | 'auto' | 'hanging';
}
/** One text element; `lines` of more than one are stacked with tspans. */
export function text(x: number, y: number, content: string | string[], o: TextOpts = {}): string {
  const size = o.size ?? 14;
  const lines = Array.isArray(content) ? content : [content];
  const a = attrs({
    x,
    y,
    'font-size': size,
    'font-weight': o.bold ? 700 : undefined,
    'text-anchor': o.anchor && o.anchor !== 'start' ? o.anchor : undefined,
    'dominant-baseline': o.baseline === 'middle' ? 'central' : undefined,
    fill: o.fill ?? COLOURS.ink,
    class: o.cls,
  });
  if (lines.length === 1) return `<text ${a}>${esc(lines[0])}</text>`;
  return `<text ${a}>${lines.map((l, i) => `<tspan x="${r1(x)}" dy="${i ? r1(size * 1.25) : 0}">${esc(l)}</tspan>`).join('')}</text>`;
}

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/**
 * The chart's <svg> element. Inline in a page it is labelled by the chart's text alternative
 * (aria-labelledby); as a standalone file it carries <title> and <desc> instead.
 */
export function svgRoot(o: { width: number; height: number; body: string; labelledBy?: string; title?: string; desc?: string; cls?: string }): string {
  const head = o.labelledBy
    ? `role="img" aria-labelledby="${esc(o.labelledBy)}"`
    : `xmlns="http://www.w3.org/2000/svg" role="img"`;
  const meta = o.labelledBy ? '' : `<title>${esc(o.title ?? '')}</title><desc>${esc(o.desc ?? '')}</desc>`;
  return `<svg ${head} viewBox="0 0 ${r1(o.width)} ${r1(o.height)}" width="${r1(o.width)}" height="${r1(o.height)}"${o.cls ? ` class="${esc(o.cls)}"` : ''} font-family="${esc(FONT_STACK)}">${meta}${o.body}</svg>`;
}
