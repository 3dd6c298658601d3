// The page around the widgets: the spa's header with a theme switch, a location that changes the
// FAQ override, a button that unmounts the widgets, and a log of every widget event.
import type { ContentOverride } from '@knead/content';
import type { KneadPrecautionsElement, KneadTechniquePickerElement } from '@knead/widgets';
import { type ReactNode, useState } from 'react';
import { type SpaLocation, faqOverrides as shared } from '../../shared/overrides';
import '../../shared/site.css';

export type { SpaLocation };

/** This spa's own FAQ question, per location: passed to the FAQ as an object (its `content`). */
export const faqOverrides: Record<SpaLocation, ContentOverride> = shared;

/** One widget event, as the page saw it. */
export interface LoggedEvent {
  type: string;
  detail: unknown;
}

/** The page's state: theme, location, whether the widgets are shown, the visitor's choices, the events. */
export function useSite() {
  const [dark, setDark] = useState(false);
  const [location, setLocation] = useState<SpaLocation>('harbour');
  const [shown, setShown] = useState(true);
  const [choices, setChoices] = useState<KneadTechniquePickerElement['value']>({
    goals: [],
    pressure: 'any',
  });
  const [answers, setAnswers] = useState<KneadPrecautionsElement['value']>({ conditions: [] });
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  /** Logs any widget event: its type and detail. */
  const log = (event: Event) =>
    setEvents((list) => [...list.slice(-29), { type: event.type, detail: (event as CustomEvent).detail }]);
  return {
    theme: dark ? ('dark' as const) : ('light' as const),
    dark,
    setDark,
    location,
    setLocation,
    shown,
    setShown,
    choices,
    setChoices,
    answers,
    setAnswers,
    events,
    log,
    /** Keeps the visitor on the page: a real site would open its booking form here. */
    book(event: CustomEvent<{ techniqueId: string; url: string }>) {
      event.preventDefault();
      log(event);
    },
    reset() {
      setChoices({ goals: [], pressure: 'any' });
      setAnswers({ conditions: [] });
    },
  };
}

export type Site = ReturnType<typeof useSite>;

/** The page: header with the controls, the widgets (when shown), and the event log. */
export function Page({ site, title, children }: { site: Site; title: string; children: ReactNode }) {
  return (
    <div className={site.theme}>
      <header>
        <h1>
          Stillwater <span>Day Spa</span> · {title}
        </h1>
        <label>
          <input
            type="checkbox"
            id="theme"
            checked={site.dark}
            onChange={(e) => site.setDark(e.target.checked)}
          />{' '}
          Dark theme
        </label>
        <label>
          Location{' '}
          <select
            id="location"
            value={site.location}
            onChange={(e) => site.setLocation(e.target.value as SpaLocation)}
          >
            <option value="harbour">Harbour</option>
            <option value="garden">Garden</option>
          </select>
        </label>
        <button type="button" id="toggle" onClick={() => site.setShown(!site.shown)}>
          {site.shown ? 'Hide the widgets' : 'Show the widgets'}
        </button>
        <button type="button" id="reset" onClick={site.reset}>
          Reset choices
        </button>
      </header>
      <main>{site.shown && children}</main>
      <footer>
        <p className="note">Events the page received:</p>
        <ol id="events" className="log" aria-live="polite">
          {site.events.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an append-only log
            <li key={i}>
              {e.type} {JSON.stringify(e.detail)}
            </li>
          ))}
        </ol>
      </footer>
    </div>
  );
}

/** What the page shows of the picker's and the checker's `value`. */
export function Choices({ site }: { site: Site }) {
  return (
    <p className="note">
      Your choices: <output id="choices">{JSON.stringify(site.choices)}</output> · your answers:{' '}
      <output id="answers">{JSON.stringify(site.answers)}</output>
    </p>
  );
}
