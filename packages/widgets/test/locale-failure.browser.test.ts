import { faqByLocale, localeLoaders } from '@knead/content';
import { beforeEach, expect, it, vi } from 'vitest';
import '../src/faq/faq.define';
import '../src/benefits/benefits.define';
import { errors, mount, shadow } from './helpers';

// A file of its own: each locale is loaded once per page, so the failure must be the first load.
beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

it('shows English with one knead-error per widget when a locale fails to load, and throws nothing', async () => {
  localeLoaders.de = () => Promise.reject(new Error('offline'));
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.error);
  addEventListener('error', onError);
  const page = await mount('<div lang="de"><knead-faq></knead-faq><knead-benefits></knead-benefits></div>');
  const [faq, benefits] = [...page.children];
  await vi.waitFor(() => expect(errors).toHaveLength(2));
  expect(errors.map((e) => e.code)).toEqual(['locale-load', 'locale-load']);
  expect(errors[0]!.message).toMatch(/"de".*offline.*"en"/);
  expect(shadow(faq!).querySelector<HTMLElement>('.root')!.lang).toBe('en');
  expect(shadow(faq!).querySelector('button')!.textContent).toBe(faqByLocale.en!.items[0]!.question);
  expect(shadow(benefits!).textContent).not.toBe('');
  expect(console.error).toHaveBeenCalledTimes(2);
  // Re-resolving (another content source arrives) reports nothing again.
  (faq as HTMLElement & { content: unknown }).content = { faq: { title: 'FAQ' } };
  await new Promise((done) => setTimeout(done, 50));
  expect(errors).toHaveLength(2);
  removeEventListener('error', onError);
  expect(thrown).toEqual([]);
});
