// The home page's "find your council": choosing a council from the type-ahead goes straight to its
// page. Without JavaScript the form searches for the name, and every council is listed below it.
const form = document.querySelector<HTMLFormElement>('#find-council');
form?.addEventListener('submit', (e) => {
  const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim().toLowerCase();
  const hit = [...document.querySelectorAll<HTMLOptionElement>('#council-names option')].find((o) => o.value.toLowerCase() === q);
  if (hit?.dataset.href) {
    e.preventDefault();
    location.href = hit.dataset.href;
  }
});
export {};
