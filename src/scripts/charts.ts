/**
 * Chart enhancement, loaded only on pages with a chart. The server-rendered SVG already works
 * without it; this adds: keyboard focus moving through the marks (one tab stop per chart, arrow
 * keys, Home/End), a tooltip with the mark's label (Escape hides it), and highlighting of the
 * mark and its row in the data table; and the "Image (PNG)" download, drawn here from the chart's
 * SVG file on a canvas (nothing is rasterised at build, so without JavaScript there is no PNG
 * link, only the SVG). Uses no d3: the rules for moving live in src/charts/interaction.ts,
 * shared with the server render.
 */
import { MARK_CLASS, nextMark, type MarkPos } from '../charts/kit/interaction.ts';
import { pngPixels } from '../charts/kit/png-density.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function enhance(fig: HTMLElement) {
  const tip = fig.querySelector<HTMLElement>('.chart__tip');
  const plot = fig.querySelector<HTMLElement>('.chart__plot');
  if (!tip || !plot) return;
  const rowsByKey = (key: string | undefined) => (key ? fig.querySelectorAll(`tr[data-key="${CSS.escape(key)}"]`) : []);

  const clear = () => {
    fig.classList.remove('is-pointing');
    fig.querySelectorAll('.is-active').forEach((e) => e.classList.remove('is-active'));
    fig.querySelectorAll('.focus-ring').forEach((e) => e.remove());
    tip.hidden = true;
  };

  const show = (mark: SVGGElement, ring: boolean) => {
    clear();
    fig.classList.add('is-pointing');
    mark.classList.add('is-active');
    rowsByKey(mark.dataset.key).forEach((r) => r.classList.add('is-active'));
    const svg = mark.ownerSVGElement!;
    const box = mark.getBBox();
    if (ring) {
      // Two rings, dark outside and yellow inside, so focus shows on any background.
      for (const [cls, pad] of [['focus-ring', 4], ['focus-ring focus-ring--inner', 2]] as const) {
        const r = document.createElementNS(SVG_NS, 'rect');
        r.setAttribute('class', cls);
        r.setAttribute('x', String(box.x - pad));
        r.setAttribute('y', String(box.y - pad));
        r.setAttribute('width', String(box.width + 2 * pad));
        r.setAttribute('height', String(box.height + 2 * pad));
        svg.appendChild(r);
      }
    }
    tip.textContent = mark.dataset.label ?? '';
    tip.hidden = false;
    const m = mark.getBoundingClientRect();
    const p = plot.getBoundingClientRect();
    const left = Math.min(Math.max(0, m.left - p.left), Math.max(0, p.width - tip.offsetWidth));
    const below = m.bottom - p.top + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${below + tip.offsetHeight > p.height && m.top - p.top > tip.offsetHeight + 6 ? m.top - p.top - tip.offsetHeight - 6 : below}px`;
  };

  fig.querySelectorAll<SVGSVGElement>('svg.chart__svg').forEach((svg) => {
    const marks = [...svg.querySelectorAll<SVGGElement>(`g.${MARK_CLASS}`)];
    if (!marks.length) return;
    const pos: MarkPos[] = marks.map((m) => ({ row: Number(m.dataset.row), col: Number(m.dataset.col) }));
    // With focusable marks the SVG is no longer a single image: it becomes a labelled group of images.
    svg.setAttribute('role', 'group');
    marks.forEach((m, i) => {
      m.setAttribute('role', 'img');
      m.setAttribute('aria-label', m.dataset.label ?? '');
      m.setAttribute('tabindex', i === 0 ? '0' : '-1');
      m.addEventListener('focus', () => show(m, true));
      m.addEventListener('blur', clear);
      m.addEventListener('pointerenter', () => show(m, false));
      m.addEventListener('pointerleave', () => document.activeElement !== m && clear());
      m.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') return clear();
        const j = nextMark(pos, i, e.key);
        if (j < 0) return;
        e.preventDefault();
        if (j === i) return;
        m.setAttribute('tabindex', '-1');
        marks[j].setAttribute('tabindex', '0');
        marks[j].focus();
      });
    });
  });
  fig.addEventListener('keydown', (e) => e.key === 'Escape' && (tip.hidden = true));
}

/** The SVG file drawn on a canvas at the PNG density (same origin, so the canvas stays readable). */
async function toPng(svgUrl: string): Promise<Blob> {
  const res = await fetch(svgUrl);
  if (!res.ok) throw new Error(`${svgUrl}: ${res.status}`);
  const { width, height } = pngPixels(await res.text());
  const img = new Image();
  img.src = svgUrl;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('no PNG'))), 'image/png'));
}

/** Adds "Image (PNG)" after the chart's SVG download. */
function addPng(fig: HTMLElement) {
  const svg = fig.querySelector<HTMLAnchorElement>('.chart__downloads a[href$=".svg"]');
  if (!svg) return;
  const a = document.createElement('a');
  a.href = svg.href;
  a.download = (svg.pathname.split('/').pop() ?? 'chart.svg').replace(/\.svg$/, '.png');
  a.textContent = 'Image (PNG)';
  a.addEventListener('click', async (e) => {
    e.preventDefault();
    const out = document.createElement('a');
    out.href = URL.createObjectURL(await toPng(svg.href));
    out.download = a.download;
    out.click();
    setTimeout(() => URL.revokeObjectURL(out.href), 10_000);
  });
  const li = document.createElement('li');
  li.append(a);
  svg.parentElement!.after(li);
}

document.querySelectorAll<HTMLElement>('figure[data-chart]').forEach((fig) => {
  enhance(fig);
  addPng(fig);
});
