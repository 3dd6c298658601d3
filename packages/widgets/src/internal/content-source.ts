import type { KneadErrorDetail } from './events';

type Problem = Pick<KneadErrorDetail, 'code' | 'message'>;

/**
 * Loads `content-src`: calls `onContent` with the parsed JSON, or `onProblem` once with what went
 * wrong. Returns the abort function; after it, neither is called.
 */
export function fetchContent(
  url: string,
  onContent: (value: unknown) => void,
  onProblem: (problem: Problem) => void,
): () => void {
  const controller = new AbortController();
  const fail = (code: Problem['code'], why: string) => {
    if (!controller.signal.aborted) onProblem({ code, message: `content-src "${url}" ${why}` });
  };
  // fetch resolves the URL against the page and rejects (never throws) when it is malformed.
  fetch(url, { signal: controller.signal })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then(
      (text) => {
        try {
          const value = JSON.parse(text);
          if (!controller.signal.aborted) onContent(value);
        } catch {
          fail('content-json', 'is not valid JSON');
        }
      },
      (error: Error) => fail('content-fetch', `could not be loaded (${error.message})`),
    );
  return () => controller.abort();
}

/** Parses the text of an inline `<script type="application/json">`; undefined text means none. */
export function parseInlineContent(
  text: string | undefined,
): { value: unknown; problem?: undefined } | { value: undefined; problem: Problem } {
  if (text === undefined) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return {
      value: undefined,
      problem: { code: 'content-json', message: 'the inline <script type="application/json"> is not valid JSON' },
    };
  }
}
