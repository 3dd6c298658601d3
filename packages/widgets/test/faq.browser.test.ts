import { faqByLocale } from '@knead/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/faq/faq.define';
import { KneadFaqElement } from '../src/faq/faq.element';
import { renderParts } from '../src/render/render';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

const en = faqByLocale.en!;
const buttons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
const openIds = (el: Element) =>
  buttons(el)
    .filter((b) => b.ariaExpanded === 'true')
    .map((b) => b.id.slice(2));
const focused = (el: Element) => shadow(el).activeElement;

/**
 * A `<tag>` holding the server's pre-render, parsed before `tag` is defined (so the server's nodes can
 * be seen to stay): `attributes` go to the renderer and onto the element.
 */
function parsedBeforeDefine(tag: string, attributes: Record<string, true> = {}): Element {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const { shadow: markup } = renderParts('knead-faq', { attributes });
  host.setHTMLUnsafe(`<${tag} ${Object.keys(attributes).join(' ')}>${markup}</${tag}>`);
  return host.firstElementChild!;
}

beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<knead-faq>', () => {
  it('renders the article’s five questions as an APG accordion, accessibly', async () => {
    const el = await mount('<knead-faq></knead-faq>');
    await expectAccessible(el);
    expect(buttons(el).map((b) => b.textContent)).toEqual(en.items.map((i) => i.question));
    for (const button of buttons(el)) {
      expect(button.parentElement!.localName).toBe('h2');
      expect(button.ariaExpanded).toBe('false');
      const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.localName).toBe('section'); // a labelled section is a region
      expect(panel.getAttribute('aria-labelledby')).toBe(button.id);
      expect(getComputedStyle(panel).display).toBe('none');
    }
    expect(errors).toEqual([]);
  });

  it('toggles with click, Enter and Space; one open at a time; fires knead-faq-toggle', async () => {
    const el = await mount('<knead-faq></knead-faq>');
    const events: unknown[] = [];
    el.addEventListener('knead-faq-toggle', (e) => events.push(e.detail));
    const [first, second] = buttons(el);
    await userEvent.click(first!);
    expect(openIds(el)).toEqual(['pregnancy']);
    await expectAccessible(el);
    second!.focus();
    await userEvent.keyboard('{Enter}');
    expect(openIds(el)).toEqual(['how-often']);
    await userEvent.keyboard(' ');
    expect(openIds(el)).toEqual([]);
    expect(events).toEqual([
      { id: 'pregnancy', open: true },
      { id: 'pregnancy', open: false },
      { id: 'how-often', open: true },
      { id: 'how-often', open: false },
    ]);
    // Closed answers leave layout and the accessibility tree once their closing transition ends.
    await vi.waitFor(() =>
      expect(getComputedStyle(shadow(el).getElementById('a-how-often')!).display).toBe('none'),
    );
  });

  it('moves focus with Down, Up, Home and End, wrapping around', async () => {
    const el = await mount('<knead-faq></knead-faq>');
    const all = buttons(el);
    all[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(el)).toBe(all[1]);
    await userEvent.keyboard('{End}');
    expect(focused(el)).toBe(all[4]);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(el)).toBe(all[0]);
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(el)).toBe(all[4]);
    await userEvent.keyboard('{Home}');
    expect(focused(el)).toBe(all[0]);
  });

  it('keeps several open with `multiple` and opens ids from `open`', async () => {
    const el = await mount('<knead-faq multiple open="side-effects pregnancy"></knead-faq>');
    expect(openIds(el)).toEqual(['pregnancy', 'side-effects']);
    await userEvent.click(buttons(el)[1]!);
    expect(openIds(el)).toEqual(['pregnancy', 'how-often', 'side-effects']);
    const single = await mount('<knead-faq open="side-effects pregnancy"></knead-faq>');
    expect(openIds(single)).toEqual(['side-effects']);
  });

  it('searches questions and answers, highlights, counts and shows an empty state', async () => {
    const el = await mount('<knead-faq searchable></knead-faq>');
    const input = shadow(el).querySelector('input')!;
    const status = shadow(el).querySelector('[role=status]')!;
    expect(status.textContent).toBe('5 of 5 questions');
    await userEvent.type(input, 'prenatal');
    expect(buttons(el).map((b) => b.id)).toEqual(['q-pregnancy']);
    expect(status.textContent).toBe('1 of 5 questions');
    expect(shadow(el).querySelector('mark')!.textContent!.toLowerCase()).toBe('prenatal');
    await expectAccessible(el);
    // A highlight stays inline in its sentence (it once became a flex item on a line of its own).
    await userEvent.clear(input);
    await userEvent.type(input, 'massage');
    const mark = shadow(el).querySelector('.q mark')!.getBoundingClientRect();
    const question = shadow(el).querySelector('.q')!.getBoundingClientRect();
    expect(mark.top - question.top).toBeLessThan(mark.height);
    expect(mark.left - question.left).toBeGreaterThan(50);
    await userEvent.clear(input);
    await userEvent.type(input, 'zzz');
    expect(buttons(el)).toEqual([]);
    expect(status.textContent).toBe('0 of 5 questions');
    expect(shadow(el).querySelector('[part=empty]')!.textContent).toContain('zzz');
    await expectAccessible(el);
    await userEvent.click(shadow(el).querySelector<HTMLButtonElement>('[part=empty] button')!);
    expect(buttons(el)).toHaveLength(5);
    expect(focused(el)).toBe(input);
  });

  it('builds the markup the server renders, and keeps focus through a rebuild', async () => {
    // The browser makes the FAQ as DOM elements (no virtual nodes), the server as Preact elements,
    // from one description: the two must not drift apart, searching or not.
    const markup = (root: ParentNode) => root.querySelector('.root')!.outerHTML;
    const server = (attributes: Record<string, string | boolean>) => {
      const template = document.createElement('template');
      template.innerHTML = renderParts('knead-faq', { attributes }).shadow;
      return markup(template.content.querySelector('template')!.content);
    };
    const plain = await mount('<knead-faq heading-level="3"></knead-faq>');
    expect(markup(shadow(plain))).toBe(server({ 'heading-level': '3' }));
    const el = await mount('<knead-faq searchable open="athletes"></knead-faq>');
    expect(markup(shadow(el))).toBe(server({ searchable: true, open: 'athletes' }));
    // A change of what the list shows rebuilds it; the question the visitor is on keeps focus.
    buttons(el)[2]!.focus();
    el.setAttribute('heading-level', '3');
    await settle();
    expect(buttons(el)[0]!.parentElement!.localName).toBe('h3');
    expect(focused(el)).toBe(buttons(el)[2]);
    expect(openIds(el)).toEqual(['athletes']);
  });

  it('takes over a pre-rendered list, then searches, toggles and clears it with one copy of each', async () => {
    const el = parsedBeforeDefine('knead-faq-prerendered', { searchable: true });
    const serverButtons = buttons(el);
    KneadFaqElement.define('knead-faq-prerendered');
    await settle();
    const hydrated = buttons(el)[0];
    expect(serverButtons).toHaveLength(5);
    expect(buttons(el).every((button, i) => button === serverButtons[i])).toBe(true);
    expect(buttons(el)).toHaveLength(5);
    await userEvent.click(hydrated!);
    expect(openIds(el)).toEqual([en.items[0]!.id]);
    const input = shadow(el).querySelector('input')!;
    await userEvent.type(input, 'prenatal');
    expect(buttons(el).map((b) => b.id)).toEqual(['q-pregnancy']);
    await userEvent.clear(input);
    expect(buttons(el).map((b) => b.id)).toEqual(en.items.map((i) => `q-${i.id}`));
    expect(openIds(el)).toEqual([en.items[0]!.id]);
    expect(shadow(el).querySelectorAll('[part=answer]')).toHaveLength(5);
    expect(errors).toEqual([]);
  });

  it('searches for what a visitor typed into the pre-rendered box before the script ran', async () => {
    const el = parsedBeforeDefine('knead-faq-typed', { searchable: true });
    const input = shadow(el).querySelector('input')!;
    input.value = 'prenatal';
    KneadFaqElement.define('knead-faq-typed');
    await settle();
    expect(shadow(el).querySelector('input')).toBe(input);
    expect(input.value).toBe('prenatal');
    expect(buttons(el).map((b) => b.id)).toEqual(['q-pregnancy']);
    expect(shadow(el).querySelector('[role=status]')!.textContent).toBe('1 of 5 questions');
  });

  it('rebuilds a taken-over pre-rendered list when its heading level changes', async () => {
    const el = parsedBeforeDefine('knead-faq-heading');
    KneadFaqElement.define('knead-faq-heading');
    await settle();
    expect(buttons(el)[0]!.parentElement!.localName).toBe('h2');
    el.setAttribute('heading-level', '4');
    await settle();
    expect(buttons(el).map((b) => b.parentElement!.localName)).toEqual(en.items.map(() => 'h4'));
  });

  it('draws an open question and its answer as one card', async () => {
    // The answer carries data-open as its heading does; it once took the heading's card-top style
    // too (no bottom border, rounded top).
    const el = await mount('<knead-faq open="athletes"></knead-faq>');
    const answer = shadow(el).querySelector<HTMLElement>('[part=answer][data-open]')!;
    const heading = getComputedStyle(answer.previousElementSibling!);
    const bottom = getComputedStyle(answer);
    expect([
      heading.borderTopWidth,
      heading.borderBottomWidth,
      bottom.borderTopWidth,
      bottom.borderBottomWidth,
    ]).toEqual(['1px', '0px', '0px', '1px']);
    expect([heading.borderBottomLeftRadius, bottom.borderTopLeftRadius]).toEqual(['0px', '0px']);
    expect(bottom.borderBottomLeftRadius).toBe(heading.borderTopLeftRadius);
  });

  it('renders question headings at heading-level and rejects nonsense values', async () => {
    const el = await mount('<knead-faq heading-level="4"></knead-faq>');
    expect(buttons(el)[0]!.parentElement!.localName).toBe('h4');
    const bad = await mount('<knead-faq heading-level="9" theme="purple" multiple></knead-faq>');
    expect(buttons(bad)[0]!.parentElement!.localName).toBe('h2');
    expect(errors.map((e) => e.code)).toEqual(['invalid-attribute', 'invalid-attribute']);
    expect(errors[0]!.message).toContain('heading-level="9"');
  });

  it('is accessible in the dark theme, closed and open', async () => {
    const el = await mount('<knead-faq theme="dark" searchable open="athletes"></knead-faq>');
    expect(getComputedStyle(el).backgroundColor).toBe('rgb(30, 27, 25)');
    await expectAccessible(el);
  });

  it('opens a question from a #faq- deep link, and writes the hash with link-hash', async () => {
    history.replaceState(null, '', '#faq-side-effects');
    const el = await mount('<knead-faq link-hash></knead-faq>');
    expect(openIds(el)).toEqual(['side-effects']);
    await userEvent.click(buttons(el)[0]!);
    expect(location.hash).toBe('#faq-pregnancy');
  });

  it('ignores other hashes, malformed escapes included, on load and on hashchange', async () => {
    history.replaceState(null, '', '#save-20%');
    const el = await mount('<knead-faq structured-data link-hash></knead-faq>');
    expect(errors).toEqual([]);
    expect(document.head.querySelectorAll('script[data-knead-faq]')).toHaveLength(1);
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    addEventListener('error', onError);
    location.hash = '#faq-%E0%A4%A';
    location.hash = '#faq-athletes';
    await settle();
    removeEventListener('error', onError);
    expect(uncaught).toEqual([]);
    expect(openIds(el)).toEqual(['athletes']);
  });

  it('publishes one FAQPage JSON-LD block per page and removes it with the last element', async () => {
    await mount('<div><knead-faq structured-data></knead-faq><knead-faq structured-data></knead-faq></div>');
    const blocks = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.textContent!);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(en.items.map((i) => i.question));
    document.body.replaceChildren();
    await settle();
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('layers content: default < content-src < inline JSON < content property', async () => {
    const el = await mount(`<knead-faq content-src="/packages/widgets/test/fixtures/faq-override.json">
      <script type="application/json">{"faq":{"items":[{"id":"how-often","question":"Inline question?"}]}}</script>
    </knead-faq>`);
    await vi.waitFor(() => expect(buttons(el)[0]!.textContent).toBe('Fetched question?'));
    expect(buttons(el)[1]!.textContent).toBe('Inline question?');
    (el as KneadFaqElement).content = {
      faq: { items: [{ id: 'how-often', question: 'Property question?' }] },
    };
    await settle();
    expect(buttons(el)[1]!.textContent).toBe('Property question?');
    expect(buttons(el)[0]!.textContent).toBe('Fetched question?');
    expect(errors).toEqual([]);
  });

  it('applies properties set before the element is defined', async () => {
    const el = document.createElement('knead-faq-late') as KneadFaqElement;
    el.content = { faq: { items: [{ id: 'extra', question: 'Early question?', answer: 'Kept.' }] } };
    document.body.replaceChildren(el);
    KneadFaqElement.define('knead-faq-late');
    await settle();
    expect(buttons(el).at(-1)!.textContent).toBe('Early question?');
  });

  it('keeps sensible content and reports each bad input once', async () => {
    const cases: [string, string][] = [
      ['<knead-faq><script type="application/json">{not json</script></knead-faq>', 'content-json'],
      ['<knead-faq locale="xx-YY"></knead-faq>', 'unsupported-locale'],
      ['<knead-faq content-src="http://127.0.0.1:9/none.json"></knead-faq>', 'content-fetch'],
      ['<knead-faq content-src="http://[not a url"></knead-faq>', 'content-fetch'],
      ['<knead-faq open="Not An Id!"></knead-faq>', 'invalid-attribute'],
    ];
    for (const [html, code] of cases) {
      errors.length = 0;
      const el = await mount(html);
      await vi.waitFor(() => expect(errors.map((e) => e.code)).toEqual([code]));
      expect(buttons(el)).toHaveLength(5);
    }
    errors.length = 0;
    vi.mocked(console.error).mockClear();
    // Typed as ContentOverride; these values are what an untyped page might set.
    const el = await mount<HTMLElement & { content: unknown }>('<knead-faq></knead-faq>');
    el.content = { faq: { items: [{ id: 'pregnancy', answer: 42 }] } };
    await settle();
    expect(errors).toEqual([
      expect.objectContaining({ code: 'content-invalid', path: 'faq.items[0].answer' }),
    ]);
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(buttons(el)[0]!.textContent).toBe(en.items[0]!.question);

    // Re-resolving (here: a locale change) does not report the same value again, objects or not.
    errors.length = 0;
    el.content = 'garbage';
    await settle();
    el.setAttribute('locale', 'en-GB');
    await settle();
    expect(errors.map((e) => e.code)).toEqual(['content-invalid']);
    expect(errors[0]!.message).toContain('(root): expected an object');
  });

  it('shows hostile strings as text and runs nothing', async () => {
    const el = await mount('<knead-faq searchable open="x"></knead-faq>');
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    (el as KneadFaqElement).content = { faq: { items: [{ id: 'x', question: hostile, answer: hostile }] } };
    await settle();
    expect(buttons(el).at(-1)!.textContent).toBe(hostile);
    expect(shadow(el).querySelector('img, script')).toBeNull();
    await userEvent.type(shadow(el).querySelector('input')!, 'img');
    expect(shadow(el).querySelector('img, script')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('survives being moved, and being removed and added back', async () => {
    const el = await mount('<div><knead-faq open="athletes"></knead-faq><p></p></div>');
    const faq = el.querySelector('knead-faq')!;
    el.append(faq); // a move: disconnected and reconnected in one task
    await settle();
    expect(openIds(faq)).toEqual(['athletes']);
    faq.remove();
    await settle();
    expect(shadow(faq).childNodes).toHaveLength(0); // torn down while away
    el.append(faq);
    await settle();
    expect(openIds(faq)).toEqual(['athletes']);
    await userEvent.click(buttons(faq)[0]!);
    expect(openIds(faq)).toEqual(['pregnancy']);
    expect(errors).toEqual([]);
  });

  it('defines safely twice and warns once about another version', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    KneadFaqElement.define();
    expect(warn).not.toHaveBeenCalled();
    class Other extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('knead-faq-other', Other);
    KneadFaqElement.define('knead-faq-other');
    KneadFaqElement.define('knead-faq-other');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
