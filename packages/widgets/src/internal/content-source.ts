import type { KneadErrorDetail } from './events';

type Problem = Pick<KneadErrorDetail, 'code' | 'message'>;

/** The largest content document accepted from `content-src` or inline JSON, in characters (1 MiB). */
export const CONTENT_LIMIT = 1 << 20;
/** How long `content-src` may take (answer and body) before the widget gives up, in milliseconds. */
export const CONTENT_TIMEOUT = 10_000;

const tooLarge = (what: string): Problem => ({
  code: 'content-size',
  message: `${what} is larger than 1 MB and was refused`,
});

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
  const what = `content-src "${url}"`;
  const stop = () => {
    clearTimeout(timer);
    controller.abort();
  };
  const fail = (problem: Problem) => {
    if (!controller.signal.aborted) onProblem(problem);
    stop();
  };
  const refuse = (why: string, code: Problem['code'] = 'content-fetch') => {
    throw { code, message: `${what} ${why}` };
  };
  // The built-in content shows meanwhile; a server that never answers must not leave a request open forever.
  const timer = setTimeout(
    () => fail({ code: 'content-fetch', message: `${what} timed out after 10 s` }),
    CONTENT_TIMEOUT,
  );
  // fetch resolves the URL against the page and rejects (never throws) when it is malformed.
  fetch(url, { signal: controller.signal })
    .then((response) => {
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok) refuse(`could not be loaded (HTTP ${response.status})`);
      // An open redirect must not swap in another site's content.
      if (response.redirected && new URL(response.url).origin !== new URL(url, location.href).origin)
        refuse(`redirected to another origin (${new URL(response.url).origin}) and was refused`);
      // A single-page app answers unknown paths with its HTML page: say so rather than "not JSON".
      if (!/json/i.test(type)) refuse(`is served as "${type}", not JSON, and was refused`);
      if (Number(response.headers.get('content-length')) > CONTENT_LIMIT) throw tooLarge(what);
      return response.text();
    })
    .then((text) => {
      if (text.length > CONTENT_LIMIT) throw tooLarge(what);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        refuse('is not valid JSON', 'content-json');
      }
      if (!controller.signal.aborted) onContent(value);
      stop();
    })
    .catch((error: Problem | Error) =>
      fail(
        error instanceof Error
          ? { code: 'content-fetch', message: `${what} could not be loaded (${error.message})` }
          : error,
      ),
    );
  return stop;
}

/** Parses the text of an inline `<script type="application/json">`; undefined text means none. */
export function parseInlineContent(
  text: string | undefined,
): { value: unknown; problem?: undefined } | { value: undefined; problem: Problem } {
  if (text === undefined) return { value: undefined };
  const what = 'the inline <script type="application/json">';
  if (text.length > CONTENT_LIMIT) return { value: undefined, problem: tooLarge(what) };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { value: undefined, problem: { code: 'content-json', message: `${what} is not valid JSON` } };
  }
}
