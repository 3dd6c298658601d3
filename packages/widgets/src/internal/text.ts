/** A run of text: plain, or a search match to highlight. */
export type TextPart = string | { match: string };

/** The words of a search, lowercased. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether every word occurs somewhere in the texts. */
export function matchesAll(words: string[], ...texts: string[]): boolean {
  if (!words.length) return true; // no search: skip lowercasing every text of every instance
  const haystack = texts.join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Splits text into runs so that each occurrence of a word can be highlighted (no words: the text itself). */
export function highlight(text: string, words: string[]): string | TextPart[] {
  if (!words.length) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Splitting on a capturing group puts the matches at the odd indexes.
  return text
    .split(new RegExp(`(${escaped.join('|')})`, 'gi'))
    .map((part, i) => (i % 2 ? { match: part } : part))
    .filter((part) => part !== '');
}
