import { renderParts } from '@knead/widgets/render';
import { effect, signal, useSignal } from '@preact/signals';
import { PICK } from './guides';
import {
  classicSnippet,
  contentJson,
  fileNames,
  prerenderedSnippet,
  readSnippet,
  type SnippetInput,
  strictSnippet,
  themeCss,
} from './snippet';
import {
  applyImport,
  folder,
  info,
  issues,
  locale,
  prerender,
  savedHash,
  scriptSrc,
  snippetInput,
  status,
} from './store';
import { widgets } from './widgets';

/** Copies text; falls back to selecting it when the clipboard is not allowed. */
async function copy(text: string, select?: HTMLTextAreaElement | HTMLInputElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied to the clipboard.';
  } catch {
    select?.focus();
    select?.select();
    return 'Copying was not allowed: the text is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

/** Saves `text` as a file on this computer (a blob URL: nothing leaves the browser). */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Code({ id, label, text }: { id: string; label: string; text: string }) {
  const message = useSignal('');
  let area: HTMLTextAreaElement | null = null;
  return (
    <div class="code">
      <div class="code-bar">
        <label for={id}>{label}</label>
        <button
          type="button"
          class="primary small"
          onClick={async () => {
            message.value = await copy(text, area);
            status.value = message.value;
          }}
        >
          Copy
        </button>
      </div>
      <textarea
        id={id}
        class="mono"
        readOnly
        spellcheck={false}
        rows={Math.min(18, text.split('\n').length + 1)}
        value={text}
        ref={(el) => {
          area = el;
        }}
      />
      <p class="hint" aria-live="polite">
        {message.value}
      </p>
    </div>
  );
}

function ImportBox() {
  const text = useSignal('');
  const result = useSignal<{ ok: boolean; message: string; notes: string[] } | undefined>(undefined);
  const run = async () => {
    try {
      const imported = readSnippet(
        text.value,
        (html) => new DOMParser().parseFromString(html, 'text/html'),
        widgets.map((w) => w.tag),
      );
      const message = await applyImport(imported);
      result.value = { ok: true, message, notes: imported.notes };
      status.value = message;
    } catch (error) {
      result.value = { ok: false, message: (error as Error).message, notes: [] };
    }
  };
  return (
    <section class="card" aria-labelledby="import-h">
      <h2 id="import-h">Continue from an existing snippet</h2>
      <p class="hint" id="import-d">
        Paste a Knead snippet from your site (or its JSON content, or its stylesheet) to edit it here.
      </p>
      <textarea
        id="import-text"
        class="mono"
        rows={5}
        aria-labelledby="import-h"
        aria-describedby="import-d"
        spellcheck={false}
        value={text.value}
        onInput={(e) => (text.value = e.currentTarget.value)}
      />
      <button type="button" class="small" disabled={!text.value.trim()} onClick={run}>
        Import
      </button>
      {result.value && (
        <div class={result.value.ok ? 'note ok' : 'errors one'} role="status">
          <p>{result.value.message}</p>
          {result.value.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
    </section>
  );
}

/** The simple snippet, pre-rendered when asked; the plain one, with why, if the pre-render refuses the input. */
function simpleSnippet(input: SnippetInput): { text: string; error?: string } {
  if (!prerender.value) return { text: classicSnippet(input) };
  try {
    return { text: prerenderedSnippet(input, renderParts, locale.value) };
  } catch (error) {
    return { text: classicSnippet(input), error: `Not pre-rendered: ${(error as Error).message}` };
  }
}

// Made by an effect, not while the panel renders: the pre-render is Preact's renderToString, and run
// inside a component's render it resets the render state of the studio's own Preact (its hooks broke).
const simple = signal<{ text: string; error?: string }>({ text: '' });
effect(() => {
  simple.value = simpleSnippet(snippetInput.value);
});

/** The output panel: both snippets, their files, the link that reopens everything, and import. */
export function OutputPanel() {
  const input: SnippetInput = snippetInput.value;
  const files = fileNames(input.tag);
  const json = contentJson(input);
  const css = themeCss(input);
  const link = `${location.href.split('#')[0]}${savedHash.value}`;
  const linkMessage = useSignal('');
  let linkInput: HTMLInputElement | null = null;
  const pending = issues.value.length;
  return (
    <div class="output">
      {pending > 0 && (
        <p class="problems" role="status">
          {pending === 1 ? 'One field needs' : `${pending} fields need`} a fix in Words: the snippets below
          keep your last valid words until then.
        </p>
      )}
      <section class="card" aria-labelledby="simple-h">
        <h2 id="simple-h">Simple snippet</h2>
        <p class="hint">{PICK.simple}</p>
        <div class="field check">
          <input
            id="prerender"
            type="checkbox"
            aria-describedby="prerender-d"
            checked={prerender.value}
            onChange={(e) => (prerender.value = e.currentTarget.checked)}
          />
          <label for="prerender">Put the words in the snippet too</label>
          <p class="hint" id="prerender-d">
            {PICK.prerender}
          </p>
        </div>
        {simple.value.error && (
          <p class="errors one" role="status">
            {simple.value.error}
          </p>
        )}
        <Code
          id="snippet-simple"
          label={`Paste this where the ${info.value.name} should appear`}
          text={simple.value.text}
        />
      </section>
      <section class="card" aria-labelledby="strict-h">
        <h2 id="strict-h">Strict snippet</h2>
        <p class="hint">{PICK.strict}</p>
        <div class="files">
          <button
            type="button"
            class="small"
            disabled={!json}
            onClick={() => download(files.json, json, 'application/json')}
          >
            Download {files.json}
          </button>
          <button
            type="button"
            class="small"
            disabled={!css}
            onClick={() => download(files.css, css, 'text/css')}
          >
            Download {files.css}
          </button>
          {!json && !css && <span class="hint">Nothing to download: built-in words and colours.</span>}
        </div>
        <Code id="snippet-strict" label="Paste this after uploading the files" text={strictSnippet(input)} />
        <div class="field">
          <label for="folder">Folder where you upload the files</label>
          <input
            id="folder"
            type="text"
            spellcheck={false}
            value={folder.value}
            onInput={(e) => (folder.value = e.currentTarget.value)}
          />
        </div>
      </section>
      <section class="card" aria-labelledby="script-h">
        <h2 id="script-h">Where knead.js comes from</h2>
        <div class="field">
          <label for="script-src">Script address</label>
          <p class="hint" id="script-src-d">
            A public CDN by default. Hosting <code>knead.js</code> (and its <code>locales/</code> folder) on
            your own site works too.
          </p>
          <input
            id="script-src"
            type="text"
            spellcheck={false}
            aria-describedby="script-src-d"
            value={scriptSrc.value}
            onInput={(e) => (scriptSrc.value = e.currentTarget.value)}
          />
        </div>
      </section>
      <section class="card" aria-labelledby="link-h">
        <h2 id="link-h">Come back later</h2>
        <p class="hint" id="link-d">
          This link holds your whole configuration in its last part (after #), which browsers never send to a
          server. Bookmark it or send it to whoever edits your site.
        </p>
        <div class="link-row">
          <input
            id="share-link"
            type="text"
            readOnly
            aria-labelledby="link-h"
            aria-describedby="link-d"
            value={link}
            ref={(el) => {
              linkInput = el;
            }}
          />
          <button
            type="button"
            class="small"
            onClick={async () => {
              linkMessage.value = await copy(link, linkInput);
              status.value = linkMessage.value;
            }}
          >
            Copy link
          </button>
        </div>
        <p class="hint" aria-live="polite">
          {linkMessage.value}
        </p>
      </section>
      <ImportBox />
    </div>
  );
}
