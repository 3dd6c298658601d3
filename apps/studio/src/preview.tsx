import { effect, signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { isHex } from './look';
import { attrs, content, info, locale, look, pageBg, setAttrError, WIDTHS, type Width, width } from './store';
import { HANDLED, LOCALES, widgets } from './widgets';

// The real element, driven from the studio's state. It is created by hand (not through JSX) so every
// attribute is set exactly as the snippet writes it, and the element's own validation of each
// attribute (its `knead-error`) tells the Behaviour panel what it refused.

interface Logged {
  n: number;
  time: string;
  type: string;
  detail: string;
}
/** The last events the preview fired, newest first (a few: the list never needs its own scrollbar). */
export const log = signal<Logged[]>([]);
let count = 0;

const EVENTS = [...new Set(widgets.flatMap((w) => w.events.map((e) => e.name)))];
const SKIP_IN_PREVIEW = new Set(['link-hash']);

function record(event: Event) {
  const detail = (event as CustomEvent).detail;
  let text = '';
  try {
    text = detail === undefined || detail === null ? '' : JSON.stringify(detail);
  } catch {
    text = String(detail);
  }
  const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  // peek: events can fire inside the effect below (an attribute set), which must not depend on the log.
  log.value = [{ n: ++count, time, type: event.type, detail: text }, ...log.peek()].slice(0, 8);
}

function Stage() {
  const host = useRef<HTMLDivElement>(null);
  const tag = info.value.tag;
  useEffect(() => {
    const box = host.current!;
    const el = document.createElement(tag);
    el.id = 'preview-widget';
    box.append(el);
    let setting = '';
    const onError = (e: Event) => {
      const d = (e as CustomEvent<{ code: string; message: string }>).detail;
      if (d?.code === 'invalid-attribute' && setting) setAttrError(tag, setting, d.message);
    };
    // Links in the preview are not followed: the booking link would leave the studio.
    const onClick = (e: MouseEvent) => {
      const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
      if (a?.href) {
        e.preventDefault();
        log.value = [
          {
            n: ++count,
            time: '',
            type: 'link (not followed in the preview)',
            detail: a.getAttribute('href') ?? '',
          },
          ...log.peek().slice(0, 7),
        ];
      }
    };
    const listeners = EVENTS.map((name) => {
      el.addEventListener(name, record);
      return name;
    });
    el.addEventListener('knead-error', onError);
    box.addEventListener('click', onClick);
    const stop = effect(() => {
      el.setAttribute('locale', locale.value);
      const current = attrs.value[tag] ?? {};
      for (const a of info.peek().attributes) {
        if (HANDLED.has(a.name) || SKIP_IN_PREVIEW.has(a.name)) continue;
        const value = current[a.name];
        setting = a.name;
        setAttrError(tag, a.name, undefined);
        if (value === true) el.setAttribute(a.name, '');
        else if (typeof value === 'string' && value.trim() !== '') el.setAttribute(a.name, value);
        else el.removeAttribute(a.name);
        setting = '';
      }
      const { theme, vars } = look.value;
      if (theme === 'light') el.removeAttribute('theme');
      else el.setAttribute('theme', theme);
      el.removeAttribute('style');
      for (const [name, value] of Object.entries(vars))
        if (value && !/[;{}<>]/.test(value)) el.style.setProperty(`--knead-${name}`, value);
      (el as HTMLElement & { content: unknown }).content = content.value;
    });
    return () => {
      stop();
      for (const name of listeners) el.removeEventListener(name, record);
      box.removeEventListener('click', onClick);
      el.remove();
    };
  }, [tag]);
  return <div class="stage-inner" ref={host} />;
}

const WIDTH_NAMES: Record<Width, string> = { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' };

/** The preview pane: widths, page background, the element and its events. */
export function Preview() {
  const w = width.value;
  const bg = isHex(pageBg.value) ? pageBg.value : '#ffffff';
  const dir = LOCALES.find((l) => l.code === locale.value)?.dir ?? 'ltr';
  return (
    <section class="preview" aria-labelledby="preview-h">
      <div class="preview-bar">
        <h2 id="preview-h">Preview</h2>
        <fieldset class="segmented">
          <legend class="sr-only">Preview width</legend>
          {(Object.keys(WIDTHS) as Width[]).map((k) => (
            <label key={k} class={w === k ? 'on' : ''}>
              <input type="radio" name="width" checked={w === k} onChange={() => (width.value = k)} />
              {WIDTH_NAMES[k]}
              {WIDTHS[k] ? <span class="px"> {WIDTHS[k]}px</span> : null}
            </label>
          ))}
        </fieldset>
        <div class="page-bg">
          <label for="page-bg">Page background</label>
          <input
            type="color"
            aria-label="Page background colour picker"
            value={bg}
            onInput={(e) => (pageBg.value = e.currentTarget.value)}
          />
          <input
            id="page-bg"
            class="hex"
            type="text"
            spellcheck={false}
            value={pageBg.value}
            onInput={(e) => (pageBg.value = e.currentTarget.value.trim())}
          />
        </div>
      </div>
      <div class="stage" style={{ background: bg }}>
        <div
          class="device"
          data-width={w}
          style={WIDTHS[w] ? { maxWidth: `${WIDTHS[w]}px` } : undefined}
          dir={dir}
          lang={locale.value}
        >
          <Stage />
        </div>
      </div>
      <section class="events" aria-labelledby="events-h">
        <div class="events-bar">
          <h3 id="events-h">Events</h3>
          <button type="button" class="small quiet" onClick={() => (log.value = [])}>
            Clear
          </button>
        </div>
        {log.value.length ? (
          <ol class="event-list">
            {log.value.map((e) => (
              <li key={e.n}>
                <span class="time">{e.time}</span> <code class="type">{e.type}</code>{' '}
                <code class="detail">{e.detail}</code>
              </li>
            ))}
          </ol>
        ) : (
          <p class="hint">Use the widget above: what it tells your page (the events) shows here.</p>
        )}
      </section>
    </section>
  );
}
