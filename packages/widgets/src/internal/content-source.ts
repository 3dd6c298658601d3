import type { KneadErrorDetail } from './events';

type Problem = Pick<KneadErrorDetail, 'code' | 'message'>;

/** The largest content document accepted from `content-src` or inline JSON, in characters (1 MiB). */
export const CONTENT_LIMIT = 1 << 20;
/** How long `content-src` may take (answer and body) before the widget gives up, in milliseconds. */
export const CONTENT_TIMEOUT = 10_000;

const TOO_LARGE = 'is over the 1 MB limit';

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
  const stop = () => {
    clearTimeout(timer);
    controller.abort();
  };
  const fail = (code: Problem['code'], why: string) => {
    if (!controller.signal.aborted) onProblem({ code, message: `content-src "${url}" ${why}` });
    stop();
  };
  // The built-in content shows meanwhile; a server that never answers must not leave a request open forever.
  const timer = setTimeout(fail, CONTENT_TIMEOUT, 'content-fetch', 'timed out after 10 s');
  // fetch resolves the URL against the page and rejects (never throws) when it is malformed.
  fetch(url, { signal: controller.signal })
    .then(async (response) => {
      // No check of the content type or of where a redirect went: what arrives is parsed as JSON and
      // validated as text-only content either way, and CORS already keeps out origins that did not agree.
      if (!response.ok) return fail('content-fetch', `could not be loaded (HTTP ${response.status})`);
      const text = await response.text();
      if (text.length > CONTENT_LIMIT) return fail('content-size', TOO_LARGE);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return fail('content-json', 'is not valid JSON');
      }
      if (!controller.signal.aborted) onContent(value);
      stop();
    })
    .catch((error: Error) => fail('content-fetch', `could not be loaded (${error.message})`));
  return stop;
}

/** Parses the text of an inline `<script type="application/json">`; undefined text means none. */
export function parseInlineContent(
  text: string | undefined,
): { value: unknown; problem?: undefined } | { value: undefined; problem: Problem } {
  if (text === undefined) return { value: undefined };
  const what = 'the inline <script type="application/json">';
  if (text.length > CONTENT_LIMIT)
    return { value: undefined, problem: { code: 'content-size', message: `${what} ${TOO_LARGE}` } };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { value: undefined, problem: { code: 'content-json', message: `${what} is not valid JSON` } };
  }
}
