import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BehaviourPanel } from './behaviour';
import { GUIDES } from './guides';
import { LookPanel } from './look-panel';
import { OutputPanel } from './output';
import { Preview } from './preview';
import { focusNext, info, issues, locale, setLocale, status, widget } from './store';
import { LOCALES, widgets } from './widgets';
import { WordsPanel } from './words';

const TABS = [
  { id: 'words', name: 'Words', Panel: WordsPanel },
  { id: 'look', name: 'Look', Panel: LookPanel },
  { id: 'behaviour', name: 'Behaviour', Panel: BehaviourPanel },
  { id: 'code', name: 'Get the code', Panel: OutputPanel },
  { id: 'guides', name: 'Guides', Panel: GuidesPanel },
] as const;

function GuidesPanel() {
  return (
    <div class="guides">
      <p class="lead">
        Where the snippet goes in the builders spa sites use most, and what each one does not allow. Copy the
        snippet from <strong>Get the code</strong> first.
      </p>
      {GUIDES.map((g) => (
        <section class="card guide" key={g.id} aria-labelledby={`g-${g.id}`}>
          <h2 id={`g-${g.id}`}>{g.name}</h2>
          <ol>
            {g.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <h3>Good to know</h3>
          <ul>
            {g.limits.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ))}
      <section class="card guide" aria-labelledby="g-any">
        <h2 id="g-any">Any other site</h2>
        <p>
          Paste the snippet into the page’s HTML where the widget should appear. With several widgets on a
          page, the script tag is needed once; pasting it again does no harm.
        </p>
      </section>
    </div>
  );
}

function Tabs() {
  const current = useSignal<string>('words');
  const select = (id: string, focus = false) => {
    current.value = id;
    if (focus) document.getElementById(`tab-${id}`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === current.value);
    const rtl = document.documentElement.dir === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    if (step) select(TABS[(i + step + TABS.length) % TABS.length]!.id, true);
    else if (e.key === 'Home') select(TABS[0]!.id, true);
    else if (e.key === 'End') select(TABS[TABS.length - 1]!.id, true);
    else return;
    e.preventDefault();
  };
  const bad = issues.value.length;
  return (
    <div class="editor">
      <div class="tabs" role="tablist" aria-label="Edit" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.id}
            id={`tab-${t.id}`}
            aria-selected={current.value === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={current.value === t.id ? 0 : -1}
            onClick={() => select(t.id)}
          >
            {t.name}
            {t.id === 'words' && bad > 0 && (
              <span class="badge">
                <span class="sr-only">, </span>
                {bad}
                <span class="sr-only"> to fix</span>
              </span>
            )}
          </button>
        ))}
      </div>
      {TABS.map(({ id, Panel }) => (
        <div
          role="tabpanel"
          key={id}
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={current.value !== id}
          class="tabpanel"
        >
          {current.value === id && <Panel />}
        </div>
      ))}
    </div>
  );
}

/** The whole studio. */
export function App() {
  useSignalEffect(() => {
    const id = focusNext.value;
    if (!id) return;
    requestAnimationFrame(() => {
      document.getElementById(id)?.focus();
      focusNext.value = undefined;
    });
  });
  useEffect(() => {
    document.title = `${info.value.name} · Knead Studio`;
  });
  return (
    <>
      <a class="skip" href="#main">
        Skip to the editor
      </a>
      <header class="top">
        <div class="brand">
          <span class="logo" aria-hidden="true" />
          <div>
            <p class="brand-name">Knead Studio</p>
            <p class="tagline">Make the widgets your spa’s own. Nothing you type leaves this browser.</p>
          </div>
        </div>
        <div class="pickers">
          <div class="picker">
            <label for="pick-widget">Widget</label>
            <select
              id="pick-widget"
              value={widget.value}
              onChange={(e) => (widget.value = e.currentTarget.value)}
            >
              {widgets.map((w) => (
                <option key={w.tag} value={w.tag}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
          <div class="picker">
            <label for="pick-locale">Language</label>
            <select
              id="pick-locale"
              value={locale.value}
              onChange={(e) => void setLocale(e.currentTarget.value)}
            >
              {LOCALES.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>
      <main id="main" class="layout">
        <div class="intro-line">
          <h1>
            {info.value.name} <code>&lt;{info.value.tag}&gt;</code>
          </h1>
          <p>{info.value.summary}</p>
          <button
            type="button"
            class="small to-preview"
            onClick={() => document.getElementById('preview-h')?.scrollIntoView({ block: 'start' })}
          >
            See the preview ↓
          </button>
        </div>
        <Tabs />
        <Preview />
      </main>
      <p class="sr-only" role="status" aria-live="polite">
        {status.value}
      </p>
    </>
  );
}
