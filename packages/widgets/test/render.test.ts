import { getContent } from '@knead/content';
import { describe, expect, it } from 'vitest';
import { KneadRenderError, prerenderStyles, renderableTags, renderWidget } from '../src/render/render';

// The server renderer in Node: the widgets' own views, every string escaped, no inline style.

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('renderWidget', () => {
  it('knows every widget', () => {
    expect(renderableTags().sort()).toEqual([
      'knead-benefits',
      'knead-faq',
      'knead-precautions',
      'knead-self-massage',
      'knead-technique-picker',
    ]);
  });

  it.each(['en', 'es', 'de', 'fr', 'ar'])('renders every widget in %s with its text', (locale) => {
    const c = getContent(locale);
    const expected: Record<string, string[]> = {
      'knead-faq': c.faq.items.flatMap((i) => [i.question, i.answer]),
      'knead-benefits': c.benefits.items.flatMap((i) => [i.title, i.summary, i.details]),
      'knead-technique-picker': c.techniques.items.flatMap((t) => [t.name, t.bestFor]),
      'knead-precautions': [
        ...c.precautions.conditions.map((x) => x.label),
        c.precautions.disclaimer,
        ...c.precautions.rules.map((r) => r.reason),
      ],
      'knead-self-massage': c.selfMassage.steps.flatMap((s) => [s.title, s.instruction]),
    };
    for (const tag of renderableTags()) {
      const html = renderWidget(tag, { locale });
      expect(
        html.startsWith(`<${tag} locale="${locale}"><template shadowrootmode="open"><div class="root"`),
      ).toBe(true);
      expect(html).toMatch(/<link rel="stylesheet" href="[^"]+\/styles\/[a-z-]+\.css"><\/template>/);
      expect(html.endsWith(`</${tag}>`)).toBe(true);
      expect(html).toContain(`lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
      const text = textOf(html);
      for (const t of expected[tag]!) expect(text, `${tag} ${locale}`).toContain(t.replace(/\s+/g, ' '));
      expect(html).not.toMatch(/\sstyle=|<style/);
    }
  });

  it('writes attributes, validated as the element does, and the content as inline JSON', () => {
    const html = renderWidget('knead-faq', {
      attributes: { searchable: true, multiple: false, 'heading-level': 3, open: 'pregnancy' },
      content: { faq: { items: [{ id: 'pregnancy', answer: 'Ask us </script><script>alert(1)</script>' }] } },
    });
    expect(html).toMatch(/^<knead-faq searchable heading-level="3" open="pregnancy">/);
    expect(html).toContain('<h3 data-open');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('Ask us &lt;/script>&lt;script>alert(1)&lt;/script>');
    expect(html).toContain(
      '<script type="application/json">{"faq":{"items":[{"id":"pregnancy","answer":"Ask us \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}]}}</script>',
    );
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('refuses what the element would not accept, saying what and where', () => {
    expect(() => renderWidget('knead-nope')).toThrow(KneadRenderError);
    expect(() => renderWidget('knead-faq', { locale: 'xx' })).toThrow('locale "xx" has no content');
    expect(() => renderWidget('knead-faq', { attributes: { 'heading-level': 9 } })).toThrow(
      'heading-level="9" is not valid',
    );
    expect(() => renderWidget('knead-faq', { attributes: { bogus: true } })).toThrow(
      'has no attribute "bogus"',
    );
    expect(() => renderWidget('knead-faq', { content: { faq: { items: [{ id: 'x' }] } } })).toThrow(
      /content is invalid: faq\.items\[\d+\]/,
    );
  });

  it('styles: tokens, the widget, and the rules for pages without JavaScript', () => {
    const css = prerenderStyles('knead-faq');
    expect(css).toContain('--_accent');
    expect(css).toContain('@media (scripting:none)');
  });

  it('writes the styles into the shadow root when asked, in place of the link', () => {
    const linked = renderWidget('knead-faq', { base: '/knead/' });
    const inline = renderWidget('knead-faq', { base: '/knead/', styles: 'inline' });
    expect(linked).toContain('<link rel="stylesheet" href="/knead/styles/faq.css"></template>');
    expect(inline).not.toContain('<link');
    expect(inline).toBe(
      linked.replace(
        '<link rel="stylesheet" href="/knead/styles/faq.css">',
        `<style>${prerenderStyles('knead-faq')}</style>`,
      ),
    );
    // Raw text inside <style>: only "</" could end it early.
    for (const tag of renderableTags()) expect(prerenderStyles(tag), tag).not.toContain('</');
  });
});
