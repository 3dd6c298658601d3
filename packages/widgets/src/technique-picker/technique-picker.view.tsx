import type { WidgetView } from '../internal/view';
import type { TechniquePickerModel } from './technique-picker.model';

/** The picker: goals and pressure on one side, the ranked techniques, live, on the other. */
export const TechniquePickerView: WidgetView<TechniquePickerModel, 'techniques'> = ({ model, ctx }) => {
  const ui = model.ui.value;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  return (
    <section part="base" class="picker" aria-label={ctx.content.value.techniques.title}>
      <div part="filters" class="filters">
        <fieldset part="goals">
          <legend>{ui.goalsLegend}</legend>
          {model.goalOptions.value.map((goal) => (
            <label key={goal.id}>
              <input
                type="checkbox"
                checked={goal.checked}
                onChange={(e) => model.toggleGoal(goal.id, e.currentTarget.checked)}
              />
              {goal.label}
            </label>
          ))}
        </fieldset>
        <fieldset part="pressure">
          <legend>{ui.pressureLegend}</legend>
          {model.pressureOptions.value.map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name="pressure"
                checked={option.checked}
                onChange={() => model.setPressure(option.id)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="results">
        <p part="count" class="count muted" role="status">
          {model.status.value}
        </p>
        <ol part="list" class="list" role="list">
          {model.results.value.map((t) => (
            <li
              part="technique"
              class="card"
              key={t.id}
              data-match={t.match || undefined}
              data-selected={t.selected || undefined}
            >
              <Heading part="name" id={`n-${t.id}`}>
                {t.name}
              </Heading>
              <p part="reason" class="reason">
                {t.reason}
              </p>
              {t.warning && (
                <p part="warning" class="warning">
                  <strong>{ui.advisedAgainst}</strong> {t.warning}
                </p>
              )}
              <p>{t.description}</p>
              <dl part="facts">
                <dt>{ui.pressureLabel}</dt>
                <dd>{t.pressureLabel}</dd>
                <dt>{ui.bestForLabel}</dt>
                <dd>{t.bestFor}</dd>
                {t.note && (
                  <>
                    <dt>{ui.noteLabel}</dt>
                    <dd>{t.note}</dd>
                  </>
                )}
              </dl>
              <div class="actions">
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
