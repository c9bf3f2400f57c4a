// Every page: the print header gives the build date (in the HTML) and, added here, the day it is printed.
const stamp = () => {
  const d = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  document.querySelectorAll<HTMLElement>('[data-print-date]').forEach((el) => {
    el.textContent = ` · Printed ${d}`;
    el.hidden = false;
  });
};
stamp();
addEventListener('beforeprint', stamp);

// "Copy link" after each section heading (wider screens; on a phone the browser's own share does this):
// copies the page address with the section's fragment. Its name starts with its visible words.
document.querySelectorAll<HTMLHeadingElement>('main h2[id]:not(.visually-hidden)').forEach((h) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-link no-print';
  const label = document.createTextNode('Copy link');
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` to the section “${h.textContent}”`;
  b.append(label, hidden);
  const say = (t: string) => {
    label.data = t;
    setTimeout(() => (label.data = 'Copy link'), 2500);
  };
  b.addEventListener('click', async () => {
    const url = new URL(`#${h.id}`, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      say('Link copied');
    } catch {
      location.hash = h.id;
      say('Link in address bar');
    }
  });
  h.after(b);
});
