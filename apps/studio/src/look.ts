// The widgets' own defaults, read from their token sheet (so a change there shows here), the
// ready-made themes, and the WCAG contrast check.
import { tokens } from '../../../packages/widgets/src/internal/tokens.styles';

/** A `--knead-*` property the Look panel edits (name without the `--knead-` prefix). */
export type Token =
  | 'accent'
  | 'on-accent'
  | 'text'
  | 'muted'
  | 'background'
  | 'surface'
  | 'border'
  | 'highlight'
  | 'caution'
  | 'font-family'
  | 'radius'
  | 'spacing';

/** The colour tokens, in the order the panel shows them. */
export const COLOR_TOKENS: Token[] = [
  'accent',
  'on-accent',
  'text',
  'muted',
  'background',
  'surface',
  'border',
  'highlight',
  'caution',
];

/** The widgets' defaults: `light` and `dark` for colours (from `light-dark()`), one value otherwise. */
export const DEFAULTS: Record<string, { light: string; dark: string }> = Object.fromEntries(
  [...tokens.matchAll(/var\(--knead-([a-z-]+),(light-dark\(([^,]+),([^)]+)\)|[^)]+)\)/g)].map((m) => [
    m[1]!,
    m[3] ? { light: m[3], dark: m[4]! } : { light: m[2]!, dark: m[2]! },
  ]),
);

/** The Look settings: theme mode and the properties set (empty or missing: the widget's default). */
export interface Look {
  theme: 'light' | 'dark' | 'auto';
  vars: Partial<Record<Token, string>>;
}

/** Ready-made looks for a spa site; each passes every contrast check below. */
export const PRESETS: { id: string; name: string; description: string; vars: Look['vars'] }[] = [
  {
    id: 'calm',
    name: 'Calm',
    description: 'Sage green on soft white, rounded',
    vars: {
      accent: '#37685b',
      'on-accent': '#ffffff',
      text: '#23302c',
      muted: '#53625d',
      background: '#f3f6f4',
      surface: '#ffffff',
      border: '#d3dfd9',
      highlight: '#e2efc4',
      caution: '#94561a',
      'font-family': "'Avenir Next', 'Segoe UI', system-ui, sans-serif",
      radius: '16px',
    },
  },
  {
    id: 'warm',
    name: 'Warm',
    description: 'Terracotta and sand, a serif',
    vars: {
      accent: '#97462c',
      'on-accent': '#ffffff',
      text: '#3a2a22',
      muted: '#6b5346',
      background: '#fbf3ea',
      surface: '#fffaf4',
      border: '#ead6c3',
      highlight: '#f8dcb4',
      caution: '#8f5313',
      'font-family': "Georgia, 'Times New Roman', serif",
      radius: '10px',
    },
  },
  {
    id: 'minimal',
    name: 'Minimal',
    description: 'Black on white, square corners',
    vars: {
      accent: '#1f1f1f',
      'on-accent': '#ffffff',
      text: '#1f1f1f',
      muted: '#595959',
      background: '#ffffff',
      surface: '#f7f7f7',
      border: '#e0e0e0',
      highlight: '#ececec',
      caution: '#8a4b0f',
      'font-family': 'system-ui, sans-serif',
      radius: '2px',
    },
  },
  {
    id: 'bold',
    name: 'Bold',
    description: 'Deep plum on cream, very round',
    vars: {
      accent: '#6d2e6b',
      'on-accent': '#ffffff',
      text: '#201320',
      muted: '#5b4a5a',
      background: '#fdf6ee',
      surface: '#ffffff',
      border: '#dcc8d9',
      highlight: '#f4d9ef',
      caution: '#9a4d0f',
      'font-family': "'Trebuchet MS', system-ui, sans-serif",
      radius: '24px',
    },
  },
];

/** Whether `value` is a colour the contrast check can read (#rgb or #rrggbb). */
export const isHex = (value: string): boolean => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim());

const luminance = (hex: string) => {
  let h = hex.trim().slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** The WCAG 2 contrast ratio of two hex colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The text/background pairs the widgets draw, by the names the panel uses. */
export const PAIRS: { fg: Token; bg: Token; what: string }[] = [
  { fg: 'text', bg: 'background', what: 'Text on the background' },
  { fg: 'text', bg: 'surface', what: 'Text on cards and fields' },
  { fg: 'muted', bg: 'background', what: 'Secondary text on the background' },
  { fg: 'muted', bg: 'surface', what: 'Secondary text on cards' },
  { fg: 'accent', bg: 'background', what: 'Accent links and buttons on the background' },
  { fg: 'accent', bg: 'surface', what: 'Accent on cards' },
  { fg: 'on-accent', bg: 'accent', what: 'Button text on the accent' },
  { fg: 'text', bg: 'highlight', what: 'Text on a search highlight' },
  { fg: 'caution', bg: 'surface', what: 'Cautions on cards' },
];

/** One contrast result. */
export interface ContrastResult {
  what: string;
  fg: Token;
  bg: Token;
  scheme: 'light' | 'dark';
  ratio: number;
  ok: boolean;
}

/** Every pair in every scheme the theme can show (`auto`: light and dark); WCAG AA is 4.5:1. */
export function checkContrast(look: Look): ContrastResult[] {
  const schemes: ('light' | 'dark')[] = look.theme === 'auto' ? ['light', 'dark'] : [look.theme];
  const out: ContrastResult[] = [];
  for (const scheme of schemes) {
    const color = (t: Token) => {
      const v = look.vars[t]?.trim();
      return v && isHex(v) ? v : DEFAULTS[t]![scheme];
    };
    for (const { fg, bg, what } of PAIRS) {
      const a = color(fg);
      const b = color(bg);
      if (!isHex(a) || !isHex(b)) continue;
      const ratio = contrast(a, b);
      out.push({ what, fg, bg, scheme, ratio, ok: ratio >= 4.5 });
    }
  }
  return out;
}

/** Whether a property value is safe to write into a style attribute or a stylesheet. */
export const isSafeValue = (value: string): boolean => !/[;{}<>\\]|\/\*/.test(value) && value.trim() !== '';

/** The properties set, as `[--knead-name, value]`, in panel order (unsafe or empty values left out). */
export function cssVars(look: Look): [string, string][] {
  return (Object.entries(look.vars) as [Token, string][])
    .filter(([t, v]) => v && isSafeValue(v) && (!COLOR_TOKENS.includes(t) || isHex(v) || !v.startsWith('#')))
    .map(([t, v]) => [`--knead-${t}`, v.trim()]);
}
