/**
 * What Pagefind reads of a built page (scripts/build-search.ts), prepared so that excerpts read as
 * sentences and pages are found by words they answer to. The page served to readers is not changed.
 *
 * - Tables become sentences. Pagefind ends a <td> with ". " but leaves <th> and <caption> text hugging
 *   the next cell ("Source and notesChildren's home beds…"), so every table is read as: its caption (left
 *   out when it repeats the heading just above), its column headings, then one sentence per row:
 *   "Row heading: cell; cell; cell." Cells keep their markup, so parts marked data-pagefind-ignore
 *   (citations) stay out of the index. A row of headings reads "Columns: A, B, C."
 * - A block that repeats the one before it word for word (a chart's text alternative, written once per
 *   chart width) is read once.
 * - Extra blocks (places in a locality, words a page answers to) are added at the end of the indexed
 *   region with their weight.
 */
import { parse, type HTMLElement, NodeType, type Node } from 'node-html-parser';
import { CHART_SVG } from '../site/chart-svg.ts';

export interface ExtraBlock {
  /** Plain text, one or more sentences. */
  text: string;
  /** Pagefind weight (1 is body text, headings are 7 to 2). */
  weight: number;
}

export interface PreparedPage {
  /** The page as Pagefind should read it. */
  html: string;
  /** The text Pagefind indexes (the data-pagefind-body region less ignored parts), for the vocabulary. */
  text: string;
  /** Whether the page has a region to index at all. */
  indexed: boolean;
}

const SKIP = new Set(['script', 'style', 'svg', 'noscript', 'label', 'form', 'nav', 'footer', 'template', 'iframe']);
const BLOCK = /^(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|td|th|tr|table|caption|section|article|figure|figcaption|details|summary|blockquote)$/;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of a node as Pagefind would read them: ignored parts, scripts, SVG and forms left out. */
export function indexedText(node: Node): string {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === NodeType.TEXT_NODE) {
      out.push(n.text);
      return;
    }
    if (n.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = n as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || el.hasAttribute('data-pagefind-ignore')) return;
    const block = BLOCK.test(tag);
    if (block) out.push(' ');
    for (const c of el.childNodes) visit(c);
    if (block) out.push(' ');
  };
  visit(node);
  return tidy(out.join(''));
}

const ENDS_SENTENCE = /[.!?;:]$/;
const sentence = (html: string, text: string) => (text && !ENDS_SENTENCE.test(text) ? `${html}.` : html);

/** One table as sentences, in HTML (cells keep their inner markup). Empty when the table has no text. */
export function tableAsSentences(table: HTMLElement, headingAbove = ''): string {
  const parts: string[] = [];
  const caption = table.querySelector('caption');
  const captionText = caption ? indexedText(caption) : '';
  if (caption && captionText && tidy(captionText).toLowerCase() !== tidy(headingAbove).toLowerCase()) parts.push(`<p>${sentence(caption.innerHTML, captionText)}</p>`);
  for (const row of table.querySelectorAll('tr')) {
    const cells = row.childNodes.filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^(td|th)$/i.test((c as HTMLElement).rawTagName));
    const withText = cells.map((c) => ({ el: c, text: indexedText(c), th: c.rawTagName.toLowerCase() === 'th' })).filter((c) => c.text);
    if (!withText.length) continue;
    const allHeadings = withText.every((c) => c.th);
    // A heading row lists the columns once; a body row leads with its heading cell.
    const [first, ...rest] = withText;
    const lead = allHeadings ? 'Columns: ' : first.th && rest.length ? `${first.el.innerHTML}${ENDS_SENTENCE.test(first.text) ? '' : ':'} ` : '';
    const body = lead && !allHeadings ? rest : withText;
    const separator = allHeadings ? ',' : ';';
    const joined = body
      .map((c, i) => (i < body.length - 1 && !ENDS_SENTENCE.test(c.text) ? `${c.el.innerHTML}${separator}` : c.el.innerHTML))
      .join(' ');
    parts.push(`<p>${lead}${sentence(joined, body.at(-1)!.text)}</p>`);
  }
  return parts.length ? `<div data-search-table>${parts.join('')}</div>` : '';
}

/** The page as Pagefind should read it, and the text it will index. */
export function prepareForIndex(html: string, extra: ExtraBlock[] = []): PreparedPage {
  // A page left out of search (no indexed region) need not be parsed at all.
  if (!html.includes('data-pagefind-body')) return { html, text: '', indexed: false };
  // Pagefind reads neither charts' SVG nor scripts nor styles (see SKIP): cut before parsing, they are most
  // of a chart page's bytes (scripts go first, so no script text is mistaken for a tag).
  const lean = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(CHART_SVG, '')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '');
  const root = parse(lean, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return { html, text: '', indexed: false };

  // Tables, in document order with the headings, so each knows the heading above it.
  let heading = '';
  for (const el of body.querySelectorAll('h1, h2, h3, h4, h5, h6, table')) {
    if (el.rawTagName.toLowerCase() !== 'table') {
      heading = indexedText(el);
      continue;
    }
    if (el.closest('[data-pagefind-ignore]')) continue;
    el.replaceWith(tableAsSentences(el, heading));
  }

  // A block repeated word for word right after itself is read once.
  for (const el of body.querySelectorAll('p, li, div')) {
    const prev = el.previousElementSibling;
    if (prev && prev.rawTagName === el.rawTagName && prev.getAttribute('class') === el.getAttribute('class') && !el.querySelector('[id]') && el.text.trim() && prev.text === el.text) el.remove();
  }

  // What Pagefind would skip whole need not reach it: it parses every page again.
  for (const el of root.querySelectorAll('[data-pagefind-ignore="all"]')) el.remove();

  for (const b of extra) body.insertAdjacentHTML('beforeend', `<div data-pagefind-weight="${b.weight}"><p>${escapeHtml(b.text)}</p></div>`);

  return { html: root.toString(), text: indexedText(body), indexed: true };
}
