import { COLOR_TOKENS, checkContrast, DEFAULTS, isHex, type Look, PRESETS, type Token } from './look';
import { info, look } from './store';

const NAMES: Record<Token, string> = {
  accent: 'Accent',
  'on-accent': 'Text on accent',
  text: 'Text',
  muted: 'Secondary text',
  background: 'Background',
  surface: 'Cards and fields',
  border: 'Borders',
  highlight: 'Search highlight',
  caution: 'Cautions',
  'font-family': 'Font',
  radius: 'Corner radius',
  spacing: 'Spacing',
};

const FONTS: [string, string][] = [
  ['', 'The page’s own font'],
  ['system-ui, sans-serif', 'System sans-serif'],
  ["'Avenir Next', 'Segoe UI', system-ui, sans-serif", 'Avenir / Segoe'],
  ["Georgia, 'Times New Roman', serif", 'Georgia (serif)'],
  ["'Palatino Linotype', Palatino, serif", 'Palatino (serif)'],
  ["'Trebuchet MS', system-ui, sans-serif", 'Trebuchet'],
];

const setVar = (token: Token, value: string) =>
  (look.value = { ...look.value, vars: { ...look.value.vars, [token]: value } });

const describe = (token: Token) =>
  info.value.cssProperties.find((p) => p.name === `--knead-${token}`)?.description ?? '';

function Colour({ token }: { token: Token }) {
  const value = look.value.vars[token] ?? '';
  const scheme = look.value.theme === 'dark' ? 'dark' : 'light';
  const fallback = DEFAULTS[token]?.[scheme] ?? '#000000';
  const swatch = isHex(value) ? value : fallback;
  const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
  const bad = value !== '' && !isHex(value);
  const id = `c-${token}`;
  return (
    <div class="colour">
      <label for={id}>{NAMES[token]}</label>
      <div class="colour-row">
        <input
          type="color"
          aria-label={`${NAMES[token]} colour picker`}
          value={full(swatch)}
          onInput={(e) => setVar(token, e.currentTarget.value)}
        />
        <input
          id={id}
          type="text"
          class="hex"
          spellcheck={false}
          placeholder={fallback}
          value={value}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={`${id}-d`}
          onInput={(e) => setVar(token, e.currentTarget.value.trim())}
        />
      </div>
      <p class="hint" id={`${id}-d`}>
        {bad ? 'Write a colour as #rrggbb. ' : ''}
        {describe(token)}
      </p>
    </div>
  );
}

/** The Look panel: theme, ready-made looks, colours, font and corners, and the contrast check. */
export function LookPanel() {
  const current = look.value;
  const results = checkContrast(current);
  const failing = results.filter((r) => !r.ok);
  const preset = PRESETS.find((p) =>
    Object.entries(p.vars).every(([k, v]) => current.vars[k as Token] === v),
  );
  const setTheme = (theme: Look['theme']) => (look.value = { ...current, theme });
  return (
    <div class="look">
      <fieldset class="theme-mode">
        <legend>Light or dark</legend>
        {(['light', 'dark', 'auto'] as const).map((t) => (
          <label class="radio" key={t}>
            <input
              type="radio"
              name="theme"
              value={t}
              checked={current.theme === t}
              onChange={() => setTheme(t)}
            />
            {t === 'light' ? 'Light' : t === 'dark' ? 'Dark' : 'Follow the visitor’s device'}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Ready-made looks</legend>
        <div class="presets">
          {PRESETS.map((p) => (
            <button
              type="button"
              key={p.id}
              class="preset"
              aria-pressed={preset?.id === p.id}
              onClick={() => (look.value = { ...current, vars: { ...p.vars } })}
              style={{ '--p-bg': p.vars.background, '--p-fg': p.vars.text, '--p-accent': p.vars.accent }}
            >
              <span class="preset-swatch" aria-hidden="true">
                <span />
                <span />
              </span>
              <span class="preset-name">{p.name}</span>
              <span class="preset-desc">{p.description}</span>
            </button>
          ))}
          <button
            type="button"
            class="preset plain"
            aria-pressed={Object.keys(current.vars).length === 0}
            onClick={() => (look.value = { ...current, vars: {} })}
          >
            <span class="preset-name">Knead default</span>
            <span class="preset-desc">The widgets’ own colours</span>
          </button>
        </div>
      </fieldset>

      <div class={failing.length ? 'contrast fail' : 'contrast ok'} role="status">
        {failing.length ? (
          <>
            <p>
              <strong>Hard to read:</strong> {failing.length === 1 ? 'this pair is' : 'these pairs are'} below
              the WCAG AA contrast of 4.5:1.
            </p>
            <ul>
              {failing.map((r) => (
                <li key={r.what + r.scheme}>
                  {r.what} ({NAMES[r.fg]} on {NAMES[r.bg]}
                  {current.theme === 'auto' ? `, ${r.scheme}` : ''}): {r.ratio.toFixed(2)}:1
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            <strong>Easy to read:</strong> every text and background pair passes WCAG AA (4.5:1 or more).
          </p>
        )}
      </div>

      <fieldset>
        <legend>Colours</legend>
        <p class="hint">
          Empty means the widget’s own colour. A colour you set is used in light and dark alike.
        </p>
        <div class="colours">
          {COLOR_TOKENS.map((t) => (
            <Colour key={t} token={t} />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Font and shape</legend>
        <div class="field">
          <label for="font">Font</label>
          <select
            id="font"
            value={current.vars['font-family'] ?? ''}
            onChange={(e) => setVar('font-family', e.currentTarget.value)}
          >
            {FONTS.map(([v, name]) => (
              <option key={v} value={v}>
                {name}
              </option>
            ))}
            {current.vars['font-family'] && !FONTS.some(([v]) => v === current.vars['font-family']) && (
              <option value={current.vars['font-family']}>{current.vars['font-family']}</option>
            )}
          </select>
        </div>
        <div class="field">
          <label for="radius">Corner radius</label>
          <div class="range">
            <input
              id="radius"
              type="range"
              min={0}
              max={28}
              step={1}
              value={Number.parseInt(current.vars.radius ?? DEFAULTS.radius!.light, 10)}
              onInput={(e) => setVar('radius', `${e.currentTarget.value}px`)}
            />
            <output for="radius">{current.vars.radius ?? DEFAULTS.radius!.light}</output>
          </div>
        </div>
        <div class="field">
          <label for="spacing">Spacing</label>
          <select
            id="spacing"
            value={current.vars.spacing ?? ''}
            onChange={(e) => setVar('spacing', e.currentTarget.value)}
          >
            <option value="">Default (1rem)</option>
            <option value=".75rem">Compact (0.75rem)</option>
            <option value="1.25rem">Airy (1.25rem)</option>
            <option value="1.5rem">Spacious (1.5rem)</option>
          </select>
        </div>
      </fieldset>
    </div>
  );
}
