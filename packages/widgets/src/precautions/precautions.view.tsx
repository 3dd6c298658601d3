import type { Verdict } from '@knead/content';
import type { WidgetView } from '../internal/view';
import type { PrecautionsModel } from './precautions.model';

// One outline per verdict, so the verdict reads without colour: a tick, a question, a warning triangle.
const ring = 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20z';
const icons: Record<Verdict, string> = {
  ok: `${ring}M7.5 12.5l3 3 6-6.5`,
  consult: `${ring}M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17v.1`,
  'avoid-intense':
    'M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0zM12 9v4m0 4v.1',
};

/** The checker: conditions, an optional technique, the verdict with its reasons, and the disclaimer. */
export const PrecautionsView: WidgetView<
  PrecautionsModel,
  'precautions' | 'techniques',
  { 'hide-technique': boolean }
> = ({ model, ctx }) => {
  const { precautions, techniques } = ctx.content.value;
  const { ui } = precautions;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  const ticked = model.conditions.value;
  const a = model.assessment.value;
  return (
    <section part="base" aria-label={precautions.title}>
      <div>
        <fieldset part="conditions">
          <legend>{ui.conditionsLegend}</legend>
          {precautions.conditions.map((c) => (
            <label part="condition" key={c.id}>
              <input
                type="checkbox"
                checked={ticked.includes(c.id)}
                onChange={(e) => model.toggle(c.id, e.currentTarget.checked)}
              />
              {c.label}
            </label>
          ))}
          <label part="condition">
            <input
              type="checkbox"
              checked={model.none.value}
              onChange={(e) => model.setNone(e.currentTarget.checked)}
            />
            {ui.none}
          </label>
        </fieldset>
        {!ctx.attrs['hide-technique'].value && (
          <div part="technique">
            <label for="technique">{ui.techniqueLabel}</label>
            <select
              id="technique"
              part="technique-select"
              value={model.techniqueId.value ?? ''}
              onChange={(e) => model.setTechnique(e.currentTarget.value)}
            >
              <option value="">{ui.anyTechnique}</option>
              {techniques.items.map((t) => (
                <option value={t.id} key={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div part="verdict" data-verdict={a.verdict}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d={icons[a.verdict]} />
        </svg>
        <div>
          <Heading class="title">{a.title}</Heading>
          <p>{a.advice}</p>
          {a.reasons.length > 0 && (
            <>
              <p id="why">{ui.reasonsHeading}</p>
              <ul part="reasons" aria-labelledby="why">
                {a.reasons.map((r) => (
                  <li key={r.ruleId}>{r.reason}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      {/* Without JavaScript the guidance is a list: each precaution's verdict and reason. */}
      {ctx.prerender && (
        <ul part="guidance" class="static-only">
          {precautions.rules.map((rule) => (
            <li key={rule.id}>
              <strong>{precautions.verdicts[rule.verdict].title}</strong> {rule.reason}
            </li>
          ))}
        </ul>
      )}
      <p class="sr" role="status">
        {model.announcement.value}
      </p>
      <p part="disclaimer" class="muted">
        {precautions.disclaimer}
      </p>
    </section>
  );
};
