// In-page harness: bench.mjs inlines it as the last module script of every FAQ page. Module scripts run
// in order after parsing, so the widget bundle (an earlier module script) has already run and
// upgraded every instance. Its bytes are not counted as shipped.
const { variant, tag } = document.documentElement.dataset;
const hosts = [...document.querySelectorAll(tag || '.faq')];
// Resolves with the frame's start time (the callback's timestamp).
const frame = () => new Promise(requestAnimationFrame);
// A task posted from a frame callback runs once that frame's rendering (style, layout, paint) is done.
const framePainted = () =>
  new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    }),
  );
const delay = (ms) => new Promise((done) => setTimeout(done, ms));

/** The question toggles of one FAQ: the summaries of the static page, the buttons in a shadow root. */
const togglesOf = (host) =>
  variant === 'static'
    ? host.querySelectorAll('summary')
    : host.shadowRoot.querySelectorAll('button[aria-expanded]');

/** Whether the first question of a FAQ is open. */
const isOpen = (host) =>
  variant === 'static' ? host.querySelector('details').open : togglesOf(host)[0].ariaExpanded === 'true';

/** Lit renders in a microtask and says when with `updateComplete`; the others update at once. */
const settled = (host) => host.updateComplete ?? Promise.resolve();

/** Waits for running animations (Knead animates the panel height), in the document and the shadow root. */
async function animationsDone(host) {
  // Chromium's document.getAnimations() leaves out shadow trees, so the shadow root is asked too.
  const running = [...document.getAnimations(), ...(host.shadowRoot?.getAnimations() ?? [])];
  await Promise.all(running.map((a) => a.finished));
}

async function allRendered() {
  await Promise.all(hosts.map(settled));
  const missing = hosts.filter((host) => togglesOf(host).length !== 5).length;
  if (missing) throw new Error(`${missing} of ${hosts.length} FAQs did not render five questions`);
  // Double rAF: the second callback runs once the frame holding every instance has been produced.
  await frame();
  await frame();
  return performance.now(); // ms since navigation start
}

/** When the first text was painted (ms since navigation): static HTML paints before any script runs. */
const firstPaint = () =>
  new Promise((done) => {
    // Paint timing arrives once the frame is presented, which may be after the bench asks: observed.
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) done(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(() => done(null), 5000);
  });

/**
 * Times `count` actions on the first FAQ: `act(i)` changes something, then "updated + layout" (the
 * change made and laid out, forced) and "next frame" (the next frame, which shows it, rendered and
 * painted) are taken. Frames tick at a fixed rate, so "→ next frame" includes the wait for the next
 * frame: each action is placed at a different, fixed offset after a frame start (the same offsets for
 * every variant) so the median is not one phase's luck. A timer alone ran up to a millisecond late,
 * which made the phase, not the widget, most of the spread between runs (a run's toggle ratio ranged
 * 0.74–1.29× Lit's): the timer stops short and a spin reaches the offset.
 */
async function timed(count, act, check) {
  const host = hosts[0];
  const times = [];
  for (let i = 0; i < count; i++) {
    await animationsDone(host);
    const at = (await frame()) + (i * 16) / count; // offsets 0…16 ms after a frame's start
    await delay(at - performance.now() - 2); // a task: after that frame's rendering, even at offset 0
    while (performance.now() < at);
    const start = performance.now();
    act(i);
    await settled(host);
    void document.body.offsetHeight; // forced style + layout of the change
    const work = performance.now() - start;
    await framePainted();
    times.push({ frame: performance.now() - start, work });
    check(i);
  }
  return times;
}

/** Toggles the first question of the first FAQ `count` times (opens and closes alternate). */
const toggle = (count) =>
  timed(
    count,
    () => togglesOf(hosts[0])[0].click(),
    (i) => {
      // Odd clicks open the question, even ones close it; a click that did nothing would time nothing.
      if (isOpen(hosts[0]) !== (i % 2 === 0))
        throw new Error(`click ${i + 1} did not toggle the first question`);
    },
  );

/**
 * Types `word` into the first FAQ's search box letter by letter, then clears it, `rounds` times: each
 * keystroke sets the value and dispatches an input event, as typing does. The number of questions
 * shown must change as the word narrows them (and all five come back on clear).
 */
function search(word, rounds) {
  const host = hosts[0];
  const input = host.shadowRoot.getElementById('search');
  if (!input) throw new Error(`${variant}: no search box`);
  const steps = [...Array.from(word, (_, i) => word.slice(0, i + 1)), ''];
  const shown = () =>
    togglesOf(host).length - host.shadowRoot.querySelectorAll('[hidden] > h2 > button').length;
  const counts = [];
  const all = Array.from({ length: rounds }, () => steps).flat();
  return timed(
    all.length,
    (i) => {
      input.value = all[i];
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    (i) => {
      counts[i] = shown();
      if (all[i] === '' && counts[i] !== 5)
        throw new Error(`${variant}: clearing the search shows ${counts[i]} questions`);
      if (i === steps.length - 2 && counts[i] >= 5) throw new Error(`${variant}: "${word}" filtered nothing`);
    },
  ).then((times) => ({ times, counts: counts.slice(0, steps.length) }));
}

window.bench = { rendered: allRendered(), firstPaint, toggle, search };
