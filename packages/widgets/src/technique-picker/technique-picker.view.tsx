import type { PressurePreference } from '@knead/content';
import type { WidgetView } from '../internal/view';
import type { TechniquePickerModel } from './technique-picker.model';

/** The picker: goals and pressure on one side, the ranked techniques, live, on the other. */
export const TechniquePickerView: WidgetView<TechniquePickerModel, 'techniques'> = ({ model, ctx }) => {
  const ui = model.ui.value;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  return (
    <section part="base" aria-label={ctx.content.value.techniques.title}>
      <div part="filters">
        <fieldset part="goals">
          <legend>{ui.goalsLegend}</legend>
          {ctx.content.value.techniques.goals.map((goal) => (
            <label key={goal.id}>
              <input
                type="checkbox"
                checked={model.goals.value.includes(goal.id)}
                onChange={(e) => model.toggleGoal(goal.id, e.currentTarget.checked)}
              />
              {goal.label}
            </label>
          ))}
        </fieldset>
        <fieldset part="pressure">
          <legend>{ui.pressureLegend}</legend>
          {(Object.keys(ui.pressures) as PressurePreference[]).map((id) => (
            <label key={id}>
              <input
                type="radio"
                name="pressure"
                checked={model.pressure.value === id}
                onChange={() => model.setPressure(id)}
              />
              {ui.pressures[id]}
            </label>
          ))}
        </fieldset>
      </div>
      <div>
        <p part="count" class="muted" role="status">
          {model.status.value}
        </p>
        {/* biome-ignore lint/a11y/noRedundantRoles: WebKit drops list semantics under list-style:none */}
        <ol part="list" role="list">
          {model.results.value.map((t) => (
            <li
              part="technique"
              key={t.id}
              data-match={t.match || undefined}
              data-selected={t.selected || undefined}
            >
              <Heading part="name" id={`n-${t.id}`}>
                {t.name}
              </Heading>
              {t.reason && (
                <p part="reason" class="reason">
                  {t.reason}
                </p>
              )}
              {t.warning && (
                <p part="warning" class="warning">
                  <strong>{ui.advisedAgainst}</strong> {t.warning}
                </p>
              )}
              <p>{t.description}</p>
              <dl part="facts">
                <dt>{ui.pressureLabel}</dt>
                <dd>{ui.pressures[t.pressure]}</dd>
                <dt>{ui.bestForLabel}</dt>
                <dd>{t.bestFor}</dd>
                {t.note && (
                  <>
                    <dt>{ui.noteLabel}</dt>
                    <dd>{t.note}</dd>
                  </>
                )}
              </dl>
              <div>
                <button
                  type="button"
                  part="choose"
                  class="btn quiet"
                  id={`c-${t.id}`}
                  aria-labelledby={`c-${t.id} n-${t.id}`}
                  aria-pressed={t.selected}
                  onClick={() => model.toggleTechnique(t.id)}
                >
                  {ui.choose}
                </button>
                {t.href && (
                  <a
                    part="book"
                    class="btn"
                    id={`b-${t.id}`}
                    aria-labelledby={`b-${t.id} n-${t.id}`}
                    href={t.href}
                    onClick={(e) => model.book(t.id) || e.preventDefault()}
                  >
                    {ui.book}
                  </a>
                )}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
};
