/** Turns an attribute's text into a valid value; `undefined` means the text is invalid. */
export type AttributeParser<T> = (raw: string) => T | undefined;

/** One observed attribute: how to parse it, what it falls back to, and what it accepts (for error messages). */
export interface AttributeSpec<T> {
  parse: AttributeParser<T>;
  fallback: T;
  expected: string;
  /** How error messages name the fallback, when its value alone would not say (`all` for a 0 limit). */
  fallbackText?: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A boolean attribute: present means true, unless it says `false`. */
export const booleanAttribute: AttributeSpec<boolean> = {
  parse: (raw) => raw !== 'false',
  fallback: false,
  expected: 'present or absent',
};

/** One of a fixed set of words. */
export function enumAttribute<T extends string>(values: readonly T[], fallback: T): AttributeSpec<T> {
  return {
    parse: (raw) => (values.includes(raw.trim() as T) ? (raw.trim() as T) : undefined),
    fallback,
    expected: `one of ${values.join(', ')}`,
  };
}

/** A whole number within bounds. */
export function integerAttribute(
  min: number,
  max: number,
  fallback: number,
  fallbackText?: string,
): AttributeSpec<number> {
  return {
    fallbackText,
    parse: (raw) => {
      const n = Number(raw.trim());
      return raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    },
    fallback,
    expected: `${min} to ${max}`,
  };
}

/** A space-separated list of kebab-case ids. */
export const idListAttribute: AttributeSpec<string[]> = {
  parse: (raw) => {
    const ids = raw.split(/[\s,]+/).filter(Boolean);
    return ids.every((id) => ID.test(id)) ? [...new Set(ids)] : undefined;
  },
  fallback: [],
  expected: 'kebab-case ids',
};

/** Free text (a URL, a locale); empty means unset. */
export const textAttribute: AttributeSpec<string> = {
  parse: (raw) => raw.trim(),
  fallback: '',
  expected: 'text',
};

/** The attributes every widget understands. */
export const commonAttributes = {
  locale: {
    parse: (raw: string) => (/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(raw.trim()) ? raw.trim() : undefined),
    fallback: '',
    expected: 'a language tag',
  } as AttributeSpec<string>,
  theme: enumAttribute(['light', 'dark', 'auto'] as const, 'light'),
  'heading-level': integerAttribute(2, 6, 2),
  'content-src': textAttribute,
};
