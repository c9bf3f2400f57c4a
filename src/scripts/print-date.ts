// The date on paper is the day it is printed, not the day the page was built.
const stamp = () => {
  const d = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  document.querySelectorAll('[data-print-date]').forEach((el) => (el.textContent = d));
};
stamp();
addEventListener('beforeprint', stamp);
