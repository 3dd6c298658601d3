// The demo site's own script: a theme switch that re-themes every Knead widget on the page.
const button = document.querySelector('.theme-switch');
button.addEventListener('click', () => {
  const dark = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(dark));
  document.documentElement.classList.toggle('dark', dark);
  for (const widget of document.querySelectorAll(
    'knead-benefits, knead-technique-picker, knead-precautions, knead-self-massage, knead-faq',
  )) {
    widget.setAttribute('theme', dark ? 'dark' : 'light');
  }
});
document.addEventListener('knead-book', (event) => {
  // A spa could open its own booking dialog here; the demo lets the link work.
  console.info('Booking', event.detail);
});
