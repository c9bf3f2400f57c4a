/**
 * A page's link-preview card (1200×630): its title, key number, a small line of the number over
 * time where there is one, the council and the date. Pure: spec in, SVG out; the card endpoint
 * (src/pages/cards/[card].png.ts) rasterises it once per content.
 */
import { esc } from '../charts/kit/escape.ts';

export interface CardSpec {
  /** File name under cards/, from the page's path ("placement-types-childrens-homes"). */
  slug: string;
  title: string;
  number: string;
  label: string;
  /** Whose page it is: the council or area. */
  place: string;
  /** "Figures as at 31 October 2023". */
  when: string;
  series?: number[];
}

/** The card file for a page path: "/" → "home", "/placement-types/x/" → "placement-types-x". */
export const cardSlug = (pathname: string, base = '/') => pathname.slice(base.length).replace(/\/$/, '').replaceAll('/', '-') || 'home';

/** Splits a title over at most two lines of about `width` characters. */
function lines(text: string, width: number): string[] {
  const out: string[] = [''];
  for (const w of text.split(' ')) {
    const cur = out[out.length - 1];
    if ((cur + ' ' + w).trim().length > width && cur) out.push(w);
    else out[out.length - 1] = (cur + ' ' + w).trim();
  }
  if (out.length > 2) return [out[0], out.slice(1).join(' ').slice(0, width - 1) + '…'];
  return out;
}

function spark(series: number[]): string {
  const w = 360, h = 150, x0 = 760, y0 = 250;
  const max = Math.max(...series), min = Math.min(0, ...series);
  const pts = series.map((v, i) => `${(x0 + (i * w) / Math.max(1, series.length - 1)).toFixed(1)},${(y0 + h - ((v - min) / (max - min || 1)) * h).toFixed(1)}`);
  const last = pts.at(-1)!.split(',');
  return `<polyline points="${pts.join(' ')}" fill="none" stroke="#ffdd00" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/><circle cx="${last[0]}" cy="${last[1]}" r="12" fill="#ffdd00"/><line x1="${x0}" x2="${x0 + w}" y1="${y0 + h + 20}" y2="${y0 + h + 20}" stroke="#ffffff" stroke-opacity="0.5" stroke-width="2"/>`;
}

export function cardSvg(c: CardSpec): string {
  const t = lines(c.title, c.series ? 24 : 34);
  const numberSize = c.number.length > 8 ? 96 : 140;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b3a5d"/><rect y="560" width="1200" height="70" fill="#0e4a75"/>
<g fill="#ffffff" font-family="DejaVu Sans, sans-serif">
<text x="70" y="90" font-size="32">${esc(c.place)}</text>
${t.map((l, i) => `<text x="70" y="${160 + i * 58}" font-size="50" font-weight="bold">${esc(l)}</text>`).join('')}
<text x="70" y="${t.length > 1 ? 390 : 340}" font-size="${numberSize}" font-weight="bold" fill="#ffdd00">${esc(c.number)}</text>
<text x="70" y="${t.length > 1 ? 450 : 400}" font-size="34">${esc(lines(c.label, 52)[0])}</text>
${c.series && c.series.length > 1 ? spark(c.series) : ''}
<text x="70" y="607" font-size="26">${esc(c.when)}</text>
</g></svg>`;
}
