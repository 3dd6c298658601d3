/** A run of text: plain, or a search match to highlight. */
export type TextPart = string | { match: string };

/**
 * Text as search compares it: lowercase, without accents or Arabic tashkeel and tatweel
 * (`Grossesse` → `grossesse`, `embarazo` finds `Embarazo`, `الحَمْل` finds `الحمل`).
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();

/** The words of a search, folded. */
export function searchWords(query: string): string[] {
  if (!query) return []; // no search (every instance, every render): nothing to fold
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Whether every word occurs somewhere in the texts. */
export function matchesAll(words: string[], ...texts: string[]): boolean {
  if (!words.length) return true; // no search: skip folding every text of every instance
  const haystack = fold(texts.join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** Splits text into runs so that each occurrence of a word can be highlighted (no words: the text itself). */
export function highlight(text: string, words: string[]): string | TextPart[] {
  if (!words.length) return text;
  // The words are folded; in the decomposed text each of their letters may carry accents or
  // tashkeel (and tatweel), so a match marks the original letters with their marks.
  const marks = '[\\p{M}\\u0640]*';
  const pattern = words
    .map((w) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + marks).join(''))
    .join('|');
  // Splitting on a capturing group puts the matches at the odd indexes. At most MAX_MARKS are marked:
  // a one-letter search in a long answer would otherwise make an element per letter.
  let marked = 0;
  return text
    .normalize('NFD')
    .split(new RegExp(`(${pattern})`, 'giu'))
    .map((part, i) => (i % 2 && marked++ < MAX_MARKS ? { match: part.normalize() } : part.normalize()))
    .filter((part) => part !== '');
}

/** The most search matches highlighted in one text. */
export const MAX_MARKS = 100;
