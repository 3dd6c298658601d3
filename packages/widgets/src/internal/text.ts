/** A run of text, marked when it matches a search. */
export type TextPart = { text: string; match: boolean };

/** The words of a search, lowercased. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether every word occurs somewhere in the texts. */
export function matchesAll(words: string[], ...texts: string[]): boolean {
  const haystack = texts.join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Splits text into runs so that each occurrence of a word can be highlighted. */
export function highlight(text: string, words: string[]): TextPart[] {
  if (!words.length) return [{ text, match: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Splitting on a capturing group puts the matches at the odd indexes.
  return text
    .split(new RegExp(`(${escaped.join('|')})`, 'gi'))
    .map((part, i) => ({ text: part, match: i % 2 === 1 }))
    .filter((part) => part.text);
}
