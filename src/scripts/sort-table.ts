/**
 * Sortable tables (OfficialTable with `sortable`): each column header becomes a button; pressing
 * it sorts the rows by that column's data-sort keys (numbers as numbers, empty last), again to
 * reverse. aria-sort tells screen readers the order; a live region says it in words. Without
 * JavaScript the table keeps the order it was built in (ranked).
 */
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  const heads = [...table.tHead!.rows[0].cells];
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  table.after(status);
  heads.forEach((th, col) => {
    const label = th.textContent ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = label;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const down = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', down ? 'ascending' : 'descending');
      const rows = [...body.rows];
      const keyOf = (r: HTMLTableRowElement) => r.cells[col]?.dataset.sort ?? '';
      rows.sort((a, b) => {
        const x = keyOf(a);
        const y = keyOf(b);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const nx = Number(x);
        const ny = Number(y);
        const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y, 'en-GB');
        return down ? c : -c;
      });
      body.append(...rows);
      status.textContent = `Sorted by ${label}, ${down ? 'ascending' : 'descending'}.`;
    });
  });
}
