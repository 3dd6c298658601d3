import { Fragment } from 'preact';
import { attrErrors, attrs, followPage, info, locale, setAttr, widget } from './store';
import { HANDLED, LOCALES } from './widgets';

/** Reference text with `code` spans, as text nodes (never parsed as HTML). */
export function Ref({ text }: { text: string }) {
  return (
    <>
      {text
        .split('`')
        .map((part, i) => (i % 2 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}

/** Attributes the preview does not apply, and why. */
const NOT_IN_PREVIEW: Record<string, string> = {
  'link-hash': 'Not applied in the preview: it would change the studio’s own address.',
};

/** The Behaviour panel: every attribute of the widget, from its manifest. */
export function BehaviourPanel() {
  const w = info.value;
  const values = attrs.value[w.tag] ?? {};
  const errors = attrErrors.value[w.tag] ?? {};
  const lang = LOCALES.find((l) => l.code === locale.value)?.name ?? locale.value;
  return (
    <div class="behaviour">
      <fieldset>
        <legend>Language on your site</legend>
        <label class="radio">
          <input
            type="radio"
            name="follow"
            checked={!followPage.value}
            onChange={() => (followPage.value = false)}
          />
          Always {lang}{' '}
          <span class="hint-inline">
            (sets <code>locale="{locale.value}"</code>)
          </span>
        </label>
        <label class="radio">
          <input
            type="radio"
            name="follow"
            checked={followPage.value}
            onChange={() => (followPage.value = true)}
          />
          <span>
            Follow the page’s language
            <span class="hint-inline">
              From <code>&lt;html lang&gt;</code>; your words for each language you edited go in the snippet.
            </span>
          </span>
        </label>
      </fieldset>
      {w.attributes
        .filter((a) => !HANDLED.has(a.name))
        .map((a) => {
          const id = `a-${a.name}`;
          const value = values[a.name];
          const error = errors[a.name];
          const described = `${id}-d${error ? ` ${id}-e` : ''}`;
          const common = {
            id,
            'aria-describedby': described,
            'aria-invalid': error ? ('true' as const) : undefined,
          };
          let control: preact.JSX.Element;
          if (a.type === 'boolean')
            control = (
              <input
                type="checkbox"
                {...common}
                checked={value === true}
                onChange={(e) => setAttr(a.name, e.currentTarget.checked)}
              />
            );
          else if (a.type === 'choice')
            control = (
              <select
                {...common}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => setAttr(a.name, e.currentTarget.value)}
              >
                <option value="">Default</option>
                {a.values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            );
          else {
            const onInput = (e: { currentTarget: HTMLInputElement }) =>
              setAttr(a.name, e.currentTarget.value);
            const text = typeof value === 'string' ? value : '';
            control =
              a.type === 'number' ? (
                <input
                  type="number"
                  inputMode="numeric"
                  placeholder={/Default:? `?(\d+)/.exec(a.description)?.[1] ?? ''}
                  {...common}
                  value={text}
                  onInput={onInput}
                />
              ) : (
                <input type="text" spellcheck={false} {...common} value={text} onInput={onInput} />
              );
          }
          return (
            <div
              class={a.type === 'boolean' ? 'field attr check' : 'field attr'}
              key={`${widget.value}-${a.name}`}
            >
              {a.type === 'boolean' && control}
              <label for={id}>
                <code>{a.name}</code>
              </label>
              {a.type !== 'boolean' && control}
              <p class="hint" id={`${id}-d`}>
                <Ref text={a.description} />
                {NOT_IN_PREVIEW[a.name] ? ` ${NOT_IN_PREVIEW[a.name]}` : ''}
              </p>
              {error && (
                <p class="errors one" id={`${id}-e`}>
                  {error} It stays out of the snippet until it is valid.
                </p>
              )}
            </div>
          );
        })}
      <p class="hint">
        The other attributes have their own place: <code>locale</code> above, <code>theme</code> in Look, and{' '}
        <code>content-src</code> in the Strict snippet.
      </p>
    </div>
  );
}
