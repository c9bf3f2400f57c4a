/**
 * Chart enhancement, loaded only on pages with a chart. The server-rendered SVG already works
 * without it; this adds: keyboard focus moving through the marks (one tab stop per chart, arrow
 * keys, Home/End), a tooltip with the mark's label (Escape hides it), and highlighting of the
 * mark and its row in the data table; and the downloads made here from the figure: the chart's
 * own rows as CSV (without JavaScript the link gives the page's CSV of every chart), "Image (SVG)"
 * (kit/standalone-svg.ts from the inline drawing) and "Image (PNG)" (that SVG on a canvas).
 * No image file is written at build, so without JavaScript there are no image links. Uses no
 * d3: the rules for moving live in src/charts/interaction.ts, shared with the server render.
 */
import { MARK_CLASS, nextMark, type MarkPos } from '../charts/kit/interaction.ts';

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

type Downloads = typeof import('./chart-downloads.ts');
/** The code that makes the files, fetched on the first click only (a chart page's script stays small). */
const downloads = (): Promise<Downloads> => import('./chart-downloads.ts');

/**
 * With JavaScript: the CSV link downloads this chart's rows only (without, it is the page's CSV
 * of every chart), and "Image (SVG)" and "Image (PNG)" follow it, made here from the figure.
 */
function addDownloads(fig: HTMLElement) {
  const list = fig.querySelector('.chart__downloads');
  if (!list || !fig.querySelector('svg.chart__svg--wide')) return;
  const csv = list.querySelector<HTMLAnchorElement>('a[data-chart-csv]');
  if (csv) {
    csv.download = `${fig.id}.csv`;
    csv.addEventListener('click', (e) => {
      e.preventDefault();
      void downloads().then((d) => d.save(new Blob([d.chartCsv(fig)], { type: 'text/csv;charset=utf-8' }), csv.download));
    });
  }
  const image = (label: string, ext: string, make: (d: Downloads) => Promise<Blob>) => {
    const a = document.createElement('a');
    // A real target (the chart itself), so it is a link to any tool; the click makes the file.
    a.href = `#${fig.id}`;
    a.textContent = label;
    a.addEventListener('click', async (e) => {
      e.preventDefault();
      const d = await downloads();
      d.save(await make(d), `${fig.id}.${ext}`);
    });
    const li = document.createElement('li');
    li.append(a);
    return li;
  };
  const items = [
    image('Image (SVG)', 'svg', async (d) => new Blob([d.standaloneFrom(fig)], { type: 'image/svg+xml' })),
    image('Image (PNG)', 'png', (d) => d.toPng(d.standaloneFrom(fig))),
  ];
  const after = csv?.parentElement;
  if (after) after.after(...items);
  else list.prepend(...items);
}

document.querySelectorAll<HTMLElement>('figure[data-chart]').forEach((fig) => {
  enhance(fig);
  addDownloads(fig);
});
