/** The "not printed" list is read from the page's own HTML: hidden sections, folded details, charts not kept. */
import { describe, expect, it } from 'vitest';
import { printOmissions } from '../../src/site/print-omits.ts';

describe('printOmissions', () => {
  it('names folded details by their summary, no-print sections by their headings, and charts not kept', () => {
    const html = `
      <h2>Printed</h2>
      <details class="more"><summary>Every stated need (18)<span class="visually-hidden"> for providers</span></summary><details><summary>inner</summary></details></details>
      <div class="no-print"><h2 id="a">By locality</h2><p>x</p><h2>Current supply</h2><details><summary>nested</summary><h2>Folded heading</h2></details><nav><h2>On this page</h2></nav></div>
      <figure class="chart"><figcaption><h3 class="chart__title">Children in care over time</h3></figcaption><svg><path d="M0 0"/></svg></figure>
      <div class="print-keep"><figure class="chart"><h3 class="chart__title">Kept</h3><details class="chart__data"><summary>Data table</summary><table><tr><td>1</td></tr></table></details></figure></div>
      <ul><li><details class="gap-more" data-print-omit="Supply and notes for each need"><summary>Supply and notes</summary></details></li>
      <li><details class="gap-more" data-print-omit="Supply and notes for each need"><summary>Supply and notes</summary></details></li></ul>
      <details class="print-open"><summary>Why</summary><p>Printed open.</p></details>
      <nav class="toc no-print"><h2>On this page</h2></nav>`;
    expect(printOmissions(html)).toEqual(['Every stated need (18)', 'By locality', 'Current supply', 'Chart: Children in care over time', 'Data table of the printed chart', 'Supply and notes for each need']);
  });
  it('a page that hides nothing has an empty list', () => {
    expect(printOmissions('<h1>T</h1><p>All printed.<br>Yes</p><img src="a.png" alt="">')).toEqual([]);
  });
});
