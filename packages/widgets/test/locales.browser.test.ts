import { getContent, type LocaleModule, localeLoaders, locales } from '@knead/content';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

// Every widget in every built-in locale, the order a locale is chosen in, switching it live, and
// right to left. Locales load on demand, so each test waits for the widget's content to appear.

const LOCALES = locales.filter((l) => l !== 'en');
const modules = {} as Record<string, LocaleModule> & Record<'es' | 'de' | 'fr' | 'ar', LocaleModule>;
beforeAll(async () => {
  for (const l of LOCALES) modules[l] = await localeLoaders[l]!();
});
beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  document.documentElement.lang = 'en';
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});

/** Resolves once the widget shows something (its locale may still be loading). */
async function rendered(el: Element, lang?: string) {
  await vi.waitFor(() => {
    const root = shadow(el).querySelector('.root');
    expect(root?.getAttribute('lang')).toBe(lang ?? root?.getAttribute('lang'));
    expect(root?.textContent).not.toBe('');
  });
  return shadow(el).querySelector<HTMLElement>('.root')!;
}

/** The text each widget surely shows, in one locale's content. */
const signature: Record<string, (m: LocaleModule) => string> = {
  'knead-benefits': (m) => m.benefits.items[0]!.title,
  'knead-technique-picker': (m) => m.techniques.ui.goalsLegend,
  'knead-precautions': (m) => m.precautions.conditions[0]!.label,
  'knead-self-massage': (m) => m.selfMassage.steps[0]!.title,
  'knead-faq': (m) => m.faq.items[0]!.question,
};
const tags = Object.keys(signature);
const english = getContent('en') as LocaleModule;

describe.each(LOCALES)('every widget in %s', (locale) => {
  it.each(tags)('<%s> shows the locale’s text, with its lang, accessibly', async (tag) => {
    const el = await mount(`<${tag} locale="${locale}"></${tag}>`);
    const root = await rendered(el, locale);
    const text = root.textContent!;
    expect(text).toContain(signature[tag]!(modules[locale]!));
    expect(text).not.toContain(signature[tag]!(english));
    expect(root.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(el);
    expect(errors).toEqual([]);
  });
});

describe('choosing the locale', () => {
  it('takes the attribute, else the nearest lang (across shadow roots), else <html lang>, else English', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount(`
      <div lang="de"><knead-faq id="attr" locale="es"></knead-faq><knead-faq id="near"></knead-faq></div>
      <span id="outer" lang="ar"></span>
      <knead-faq id="page"></knead-faq>`);
    const host = el.parentElement!.querySelector('#outer')!;
    // A widget inside another component's shadow root, whose host carries the lang.
    host.attachShadow({ mode: 'open' }).innerHTML = '<p><knead-faq id="inside"></knead-faq></p>';
    const inside = host.shadowRoot!.querySelector('knead-faq')!;
    const page = el.parentElement!;
    expect((await rendered(page.querySelector('#attr')!)).lang).toBe('es');
    expect((await rendered(page.querySelector('#near')!)).lang).toBe('de');
    expect((await rendered(page.querySelector('#page')!)).lang).toBe('fr');
    expect((await rendered(inside)).lang).toBe('ar');
    document.documentElement.removeAttribute('lang');
    expect((await rendered(page.querySelector('#page')!, 'en')).lang).toBe('en');
    expect(errors).toEqual([]);
  });

  it('falls back from a regional tag to its language, quietly', async () => {
    const el = await mount(
      '<div lang="es-MX"><knead-faq></knead-faq><knead-faq locale="ar-EG"></knead-faq></div>',
    );
    const [mx, eg] = [...el.querySelectorAll('knead-faq')];
    expect((await rendered(mx!)).lang).toBe('es');
    expect((await rendered(eg!)).lang).toBe('ar');
    expect(errors).toEqual([]);
  });

  it('shows nothing while a locale loads, then the locale (never English first)', async () => {
    const el = document.createElement('knead-benefits');
    el.setAttribute('locale', 'fr');
    document.body.replaceChildren(el);
    // A first visit in this file to `fr` for this widget may or may not be loaded yet; either way
    // no English text may be in the shadow root at any time.
    const englishTitle = signature['knead-benefits']!(english);
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(shadow(el).textContent ?? ''));
    watch.observe(shadow(el), { subtree: true, childList: true, characterData: true });
    seen.push(shadow(el).textContent ?? '');
    await rendered(el, 'fr');
    watch.disconnect();
    expect(seen.filter((text) => text.includes(englishTitle))).toEqual([]);
  });
});

describe('switching the language', () => {
  it('re-renders every widget when <html lang> changes, keeping open, ticked and current state', async () => {
    document.documentElement.lang = 'es';
    const page = (await mount(`<div>
      <knead-faq></knead-faq><knead-precautions></knead-precautions><knead-self-massage></knead-self-massage>
    </div>`)) as HTMLElement;
    const [faq, precautions, stepper] = [...page.children] as HTMLElement[];
    for (const el of [faq!, precautions!, stepper!]) await rendered(el, 'es');
    await userEvent.click(shadow(faq!).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')[1]!);
    await userEvent.click(
      shadow(precautions!).querySelectorAll<HTMLInputElement>('input[type=checkbox]')[3]!,
    );
    await userEvent.click([...shadow(stepper!).querySelectorAll('button')].at(-1)!); // Next

    document.documentElement.lang = 'de';
    for (const el of [faq!, precautions!, stepper!]) await rendered(el, 'de');
    const question = shadow(faq!).querySelectorAll('button[aria-expanded]')[1]!;
    expect(question.textContent).toBe(modules.de.faq.items[1]!.question);
    expect(question.ariaExpanded).toBe('true');
    expect(shadow(precautions!).querySelectorAll<HTMLInputElement>('input[type=checkbox]')[3]!.checked).toBe(
      true,
    );
    expect(shadow(precautions!).textContent).toContain(modules.de.precautions.verdicts.consult.title);
    expect(shadow(stepper!).querySelector('[aria-current]')!.textContent).toBe(
      modules.de.selfMassage.steps[1]!.title,
    );
    expect(errors).toEqual([]);
  });

  it('follows the locale attribute', async () => {
    const el = await mount('<knead-technique-picker locale="es"></knead-technique-picker>');
    await rendered(el, 'es');
    el.setAttribute('locale', 'fr');
    expect((await rendered(el, 'fr')).textContent).toContain(modules.fr.techniques.ui.goalsLegend);
    el.removeAttribute('locale');
    expect((await rendered(el, 'en')).lang).toBe('en');
  });
});

describe('right to left', () => {
  it('mirrors Arabic: direction rtl in the shadow root, Next to the left of Back, nothing clipped at 320 px', async () => {
    const el = await mount(
      '<div style="width:320px"><knead-self-massage locale="ar"></knead-self-massage></div>',
    );
    const stepper = el.firstElementChild!;
    const root = await rendered(stepper, 'ar');
    await settle();
    const nav = shadow(stepper).querySelector('[part=nav]')!;
    expect(getComputedStyle(nav).direction).toBe('rtl');
    const [back, next] = [...nav.querySelectorAll('button')];
    expect(back!.textContent).toBe(modules.ar.selfMassage.ui.previous);
    expect(next!.getBoundingClientRect().right).toBeLessThanOrEqual(back!.getBoundingClientRect().left);
    for (const node of root.querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.right, node.outerHTML.slice(0, 80)).toBeLessThanOrEqual(
        stepper.getBoundingClientRect().right + 0.5,
      );
      expect(box.left, node.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(
        stepper.getBoundingClientRect().left - 0.5,
      );
    }
  });

  it('lets an explicit dir on the element win', async () => {
    const el = await mount('<knead-faq locale="ar" dir="ltr"></knead-faq>');
    const root = await rendered(el, 'ar');
    expect(getComputedStyle(root.firstElementChild!).direction).toBe('ltr');
  });

  it('puts the FAQ chevron on the left in Arabic', async () => {
    const el = await mount('<knead-faq locale="ar"></knead-faq>');
    await rendered(el, 'ar');
    const button = shadow(el).querySelector('.q')!;
    const style = getComputedStyle(button);
    // The chevron floats to the inline end, into the wide end padding: both on the left in Arabic.
    expect(style.direction).toBe('rtl');
    expect(getComputedStyle(button, '::before').float).toBe('inline-end');
    expect(Number.parseFloat(style.paddingLeft)).toBeGreaterThan(Number.parseFloat(style.paddingRight));
  });
});

describe('FAQ search across scripts', () => {
  it.each([
    ['fr', 'GROSSESSE', 0],
    ['es', 'ESPALDA deportistas', 4],
    ['de', 'ruckenmassage schwangerschaft', 0],
    ['ar', 'الحَمْل', 0],
  ])('%s: "%s" finds question %i, ignoring case, accents and tashkeel', async (locale, query, index) => {
    const el = await mount(`<knead-faq searchable locale="${locale}"></knead-faq>`);
    await rendered(el, locale);
    const input = shadow(el).querySelector('input')!;
    await userEvent.fill(input, query);
    await settle();
    const shown = [...shadow(el).querySelectorAll('button[aria-expanded]')].map((b) => b.textContent);
    expect(shown).toContain(modules[locale]!.faq.items[index]!.question);
    expect(shadow(el).querySelector('mark')).not.toBeNull();
  });
});

describe('a bilingual site', () => {
  it('applies a source’s `locales` entry for the language shown, on top of the rest', async () => {
    const el = await mount(`<knead-faq><script type="application/json">{
      "faq": { "items": [{ "id": "booking", "question": "How do I book?", "answer": "Call us." }] },
      "locales": { "es": { "faq": { "items": [{ "id": "booking", "question": "¿Cómo reservo?" }] } } }
    }</script></knead-faq>`);
    const last = () => [...shadow(el).querySelectorAll('button[aria-expanded]')].at(-1)!.textContent;
    await rendered(el, 'en');
    expect(last()).toBe('How do I book?');
    document.documentElement.lang = 'es';
    await rendered(el, 'es');
    expect(last()).toBe('¿Cómo reservo?');
    document.documentElement.lang = 'de';
    await rendered(el, 'de');
    expect(last()).toBe('How do I book?');
    expect(errors).toEqual([]);
  });

  it('reports an invalid `locales` entry once, naming it, and keeps the rest', async () => {
    const el = await mount('<knead-faq locale="fr"></knead-faq>');
    await rendered(el, 'fr');
    (el as HTMLElement & { content: unknown }).content = {
      locales: { fr: { faq: { items: [{ id: 'x' }] } } },
    };
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'content-invalid', path: 'faq.items[5].question' });
    expect(errors[0]!.message).toContain('content property locales.fr');
    expect(shadow(el).querySelectorAll('button[aria-expanded]')).toHaveLength(5);
  });
});
