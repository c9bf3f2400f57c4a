// Every page: the date on paper is the day it is printed, and each section can be linked to.
const stamp = () => {
  const d = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  document.querySelectorAll('[data-print-date]').forEach((el) => (el.textContent = d));
};
stamp();
addEventListener('beforeprint', stamp);

// "Copy link" beside each section heading: copies the page address with the section's fragment.
document.querySelectorAll<HTMLHeadingElement>('main h2[id]:not(.visually-hidden)').forEach((h) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-link no-print';
  b.textContent = 'Copy link';
  b.setAttribute('aria-label', `Copy a link to the section “${h.textContent}”`);
  b.addEventListener('click', async () => {
    const url = new URL(`#${h.id}`, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      b.textContent = 'Link copied';
    } catch {
      location.hash = h.id;
      b.textContent = 'Link in address bar';
    }
    setTimeout(() => (b.textContent = 'Copy link'), 2500);
  });
  h.append(' ', b);
});
