// In-page harness: bench.mjs inlines it as the last module script of every page. Module scripts run
// in order after parsing, so the widget bundle (an earlier module script) has already run and
// upgraded every instance. Its bytes are not counted as shipped.
const variant = document.documentElement.dataset.variant;
const hosts = [...document.querySelectorAll('.faq, lit-faq, knead-faq')];
const frame = () => new Promise(requestAnimationFrame);
const delay = (ms) => new Promise((done) => setTimeout(done, ms));

/** The question toggles of one FAQ: the summaries of the static page, the buttons in a shadow root. */
const togglesOf = (host) =>
  variant === 'static'
    ? host.querySelectorAll('summary')
    : host.shadowRoot.querySelectorAll('button[aria-expanded]');

/** Whether the first question of a FAQ is open. */
const isOpen = (host) =>
  variant === 'static' ? host.querySelector('details').open : togglesOf(host)[0].ariaExpanded === 'true';

/** Lit renders in a microtask and says when with `updateComplete`; Knead and <details> update at once. */
const settled = (host) => (variant === 'lit' ? host.updateComplete : Promise.resolve());

async function allRendered() {
  await Promise.all(hosts.map(settled));
  const missing = hosts.filter((host) => togglesOf(host).length !== 5).length;
  if (missing) throw new Error(`${missing} of ${hosts.length} FAQs did not render five questions`);
  // Double rAF: the second callback runs once the frame holding every instance has been produced.
  await frame();
  await frame();
  return performance.now(); // ms since navigation start
}

/**
 * Toggles the first question of the first FAQ `count` times. Frames tick at a fixed rate, so "click →
 * next frame" includes the wait for the next frame: each click is placed at a different, fixed
 * offset after a frame start (the same offsets for every variant) so the median is not one phase's luck.
 */
async function toggle(count) {
  const host = hosts[0];
  const times = [];
  for (let i = 0; i < count; i++) {
    // Let the previous toggle finish (Knead animates the panel height) before the next click. Chromium's
    // document.getAnimations() leaves out shadow trees, so the shadow root is asked too.
    const running = [...document.getAnimations(), ...(host.shadowRoot?.getAnimations() ?? [])];
    await Promise.all(running.map((a) => a.finished));
    await frame();
    await delay((i * 16) / count); // offsets 0…16 ms; opens and closes alternate, so both get the spread
    const button = togglesOf(host)[0];
    const start = performance.now();
    button.click();
    await settled(host);
    void document.body.offsetHeight; // forced style + layout of the change
    const work = performance.now() - start;
    await frame();
    times.push({ frame: performance.now() - start, work });
    // Odd clicks open the question, even ones close it; a click that did nothing would time nothing.
    if (isOpen(host) !== (i % 2 === 0)) throw new Error(`click ${i + 1} did not toggle the first question`);
  }
  return times;
}

window.bench = { rendered: allRendered(), toggle };
