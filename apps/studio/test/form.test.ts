import { getContent, mergeContent, parseSections, type SectionName, schemas } from '@knead/content';
import { describe, expect, test } from 'vitest';
import { renderParts, renderWidget } from '../../../packages/widgets/src/render/render';
import { labels } from '../src/labels';
import { checkContrast, PRESETS } from '../src/look';
import { applyOverride, diffContent, idFromText } from '../src/override';
import { allPatterns, primaryKey, sectionForm } from '../src/schema-form';
import {
  classicSnippet,
  prerenderedSnippet,
  readVars,
  scriptJson,
  strictSnippet,
  themeCss,
} from '../src/snippet';
import { widgets } from '../src/widgets';

// The words form comes from the content schemas; these tests make a new schema field fail until the
// form knows how to name it, and check that what the form produces is what the content package accepts.

describe('schema to form', () => {
  test('every node of every section schema has a label, and every label a node', () => {
    const patterns = allPatterns();
    const missing = patterns.filter((p) => !labels[p]);
    expect(missing, 'schema fields without a label in apps/studio/src/labels.ts').toEqual([]);
    const stale = Object.keys(labels).filter((p) => !patterns.includes(p));
    expect(stale, 'labels for fields the schema no longer has').toEqual([]);
  });

  test('the probe finds every field of the built-in content, with its kind', () => {
    const content = getContent('en') as unknown as Record<string, unknown>;
    const walk = (value: unknown, pattern: string, out: Set<string>) => {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object') walk(item, `${pattern}[]`, out);
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
          out.add(`${pattern}.${k}`);
          walk(v, `${pattern}.${k}`, out);
        }
    };
    const data = new Set<string>();
    for (const name of Object.keys(schemas)) walk(content[name], name, data);
    const patterns = new Set(allPatterns());
    const unknown = [...data].filter((p) => !patterns.has(p));
    expect(unknown).toEqual([]);
    const techniques = sectionForm('techniques');
    const items = techniques.find((n) => n.key === 'items');
    expect(items?.kind).toBe('list');
    const fields = items?.kind === 'list' ? items.fields : [];
    expect(fields.find((f) => f.key === 'pressure')).toMatchObject({
      kind: 'choice',
      values: ['gentle', 'medium', 'firm'],
    });
    expect(fields.find((f) => f.key === 'note')).toMatchObject({ kind: 'text', optional: true });
    expect(fields.find((f) => f.key === 'goals')).toMatchObject({ kind: 'ids', optional: false });
  });

  test("an item's name (and a new item's id) comes from its first text field in the schema", () => {
    expect(primaryKey(['faq', 'items'])).toBe('question');
    expect(primaryKey(['precautions', 'rules'])).toBe('reason');
    expect(primaryKey(['techniques', 'goals'])).toBe('label');
    expect(primaryKey(['faq', 'ui'])).toBeUndefined();
  });

  test('every section a widget renders is edited by some widget', () => {
    const edited = new Set(widgets.flatMap((w) => w.sections));
    expect([...edited].sort()).toEqual((Object.keys(schemas) as SectionName[]).sort());
  });
});

describe('overrides', () => {
  const en = getContent('en');
  const base = { faq: en.faq, techniques: en.techniques };
  test('diff then merge gives back the draft, through the content package itself', () => {
    const draft = structuredClone(base);
    draft.faq.items[1]!.question = 'How often should I come?';
    draft.faq.items.splice(3, 1);
    draft.faq.items.unshift({ id: 'how-do-i-book', question: 'How do I book?', answer: 'Call 555-0147.' });
    [draft.techniques.goals[0], draft.techniques.goals[1]] = [
      draft.techniques.goals[1]!,
      draft.techniques.goals[0]!,
    ];
    draft.techniques.items[0]!.note = 'Drink water afterwards.';
    const override = diffContent(base, draft);
    expect(override.faq?.items).toContainEqual({ id: en.faq.items[3]!.id, remove: true });
    expect(override.order).toHaveProperty(['faq.items']);
    const merged = mergeContent(base, override);
    expect(merged.ok && merged.value).toEqual(draft);
    expect(applyOverride(base, override)).toEqual(draft);
    expect(diffContent(base, structuredClone(base))).toEqual({});
  });

  test('ids from text are kebab-case and unique', () => {
    expect(idFromText('¿Cómo reservo una cita?', [], 'question')).toBe('como-reservo-una-cita');
    expect(idFromText('Pregnancy', ['pregnancy'], 'question')).toBe('pregnancy-2');
    expect(idFromText('كيف أحجز؟', [], 'question')).toBe('question');
    expect(
      parseSections(
        { faq: { ...en.faq, items: [{ id: idFromText('A & B!', [], 'x'), question: 'q', answer: 'a' }] } },
        ['faq'],
      ).ok,
    ).toBe(true);
  });
});

describe('look and snippets', () => {
  test('the ready-made looks pass every contrast check; a pale accent fails and is named', () => {
    for (const p of PRESETS)
      expect(checkContrast({ theme: 'light', vars: p.vars }).filter((r) => !r.ok)).toEqual([]);
    const failing = checkContrast({ theme: 'light', vars: { accent: '#9fd3c0' } }).filter((r) => !r.ok);
    expect(failing.map((r) => `${r.fg}/${r.bg}`)).toContain('on-accent/accent');
  });

  test('snippets escape what they carry', () => {
    const input = {
      tag: 'knead-faq',
      attrs: { searchable: true, open: 'a"b' },
      theme: 'dark' as const,
      locale: 'es',
      vars: [['--knead-accent', '#2e7d32']] as [string, string][],
      content: { faq: { title: '</script><b>x</b>' } },
      scriptSrc: 'https://cdn.example/knead.js',
      folder: '/knead/',
    };
    const simple = classicSnippet(input);
    expect(simple).toContain(
      '<knead-faq locale="es" theme="dark" searchable open="a&quot;b" style="--knead-accent: #2e7d32">',
    );
    expect(simple).not.toContain('</script><b>');
    expect(JSON.parse(scriptJson(input.content))).toEqual(input.content);
    const strict = strictSnippet(input);
    expect(strict).toContain('content-src="/knead/knead-faq.json"');
    expect(strict).toContain('<link rel="stylesheet" href="/knead/knead-faq.css">');
    expect(strict).not.toContain('style=');
    expect(readVars(themeCss(input))).toEqual({ accent: '#2e7d32' });
  });

  test("the pre-rendered snippet is the renderer's element, in the snippet's language, with its look", () => {
    const input = {
      tag: 'knead-faq',
      attrs: { searchable: true, 'heading-level': '3', open: ' ' },
      theme: 'dark' as const,
      locale: 'es',
      vars: [['--knead-accent', '#2e7d32']] as [string, string][],
      content: { faq: { items: [{ id: 'pregnancy', question: '¿Y en el embarazo? </script>' }] } },
      scriptSrc: 'https://cdn.example/npm/@knead/widgets/dist/knead.js',
      folder: '/knead/',
    };
    const snippet = prerenderedSnippet(input, renderParts, 'en');
    const element = renderWidget('knead-faq', {
      locale: 'es',
      content: input.content,
      attributes: { searchable: true, 'heading-level': '3', theme: 'dark' },
      styles: 'inline',
    });
    // The renderer's element with the look added as the only inline style, after the script tag.
    expect(snippet).toBe(
      `<script src="${input.scriptSrc}" defer></script>\n${element.replace('>', ' style="--knead-accent: #2e7d32">')}\n`,
    );
    expect(snippet).not.toContain('<link');
    expect(snippet).toContain('¿Y en el embarazo? &lt;/script>');
    // Following the page's language: rendered in the edited one, without a locale attribute.
    const following = prerenderedSnippet(
      { ...input, locale: undefined, content: undefined },
      renderParts,
      'de',
    );
    expect(following).toMatch(/<knead-faq searchable heading-level="3" theme="dark" style=/);
    expect(following).toContain('lang="de"');
  });
});
