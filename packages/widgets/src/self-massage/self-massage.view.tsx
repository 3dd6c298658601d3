import type { WidgetView } from '../internal/view';
import { Illustration } from './self-massage.illustrations';
import type { SelfMassageModel } from './self-massage.model';

/** The routine as a W3C multi-page-form stepper: step list, progress, one step (or the completion view), navigation. */
export const SelfMassageView: WidgetView<
  SelfMassageModel,
  'selfMassage' | 'therapist',
  { 'step-seconds': number }
> = ({ model, ctx }) => {
  const { selfMassage, therapist } = ctx.content.value;
  const ui = model.ui.value;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  const step = model.step.value;
  return (
    <section part="base" aria-label={selfMassage.title}>
      <div part="intro">
        <p>{selfMassage.intro}</p>
        <p id="tools" class="muted">
          {ui.toolsHeading}
        </p>
        <ul part="tools" aria-labelledby="tools">
          {selfMassage.tools.map((tool) => (
            <li key={tool.id}>
              <strong>{tool.name}</strong> {tool.use}
            </li>
          ))}
        </ul>
      </div>
      <ol part="steps">
        {model.list.value.map((s) => (
          <li key={s.id} aria-current={s.current} data-past={s.past || undefined}>
            <span>{s.title}</span>
          </li>
        ))}
      </ol>
      <progress
        part="progress"
        max={model.steps.value.length}
        value={model.reached.value}
        aria-label={model.done.value ? ui.complete : model.stepOf.value}
      />
      {model.done.value ? (
        <div part="complete" class="panel">
          <div>
            <Heading tabIndex={-1}>
              <span>{ui.complete}</span> {therapist.title}
            </Heading>
            <p>{therapist.intro}</p>
            <ul part="tips">
              {therapist.tips.map((tip) => (
                <li key={tip.id}>{tip.text}</li>
              ))}
            </ul>
            <p class="muted">{therapist.closing}</p>
          </div>
        </div>
      ) : (
        <div part="step" class="panel" key={step.id}>
          <Illustration id={step.id} label={step.illustration} />
          <div>
            <Heading tabIndex={-1}>
              <span>{model.stepOf.value}</span> {step.title}
            </Heading>
            <p>{step.instruction}</p>
            {model.duration.value && <p class="muted">{model.duration.value}</p>}
            {ctx.attrs['step-seconds'].value > 0 && (
              <p part="timer">
                <span role="timer">{model.timeLeft.value}</span>
                <button type="button" class="btn quiet" onClick={model.toggleTimer}>
                  {{ idle: ui.start, up: ui.start, running: ui.pause, paused: ui.resume }[model.timer.value]}
                </button>
              </p>
            )}
          </div>
        </div>
      )}
      <div part="nav">
        <button type="button" class="btn quiet" disabled={!model.started.value} onClick={model.previous}>
          {ui.previous}
        </button>
        {model.started.value && (
          <button type="button" class="btn quiet" onClick={model.restart}>
            {ui.restart}
          </button>
        )}
        {!model.done.value && (
          <button type="button" class="btn" onClick={model.next}>
            {model.last.value ? ui.finish : ui.next}
          </button>
        )}
      </div>
      {ctx.prerender && (
        <ol part="all-steps" class="static-only">
          {model.steps.value.map((s) => (
            <li key={s.id}>
              <strong>{s.title}</strong> {s.instruction}
            </li>
          ))}
        </ol>
      )}
      <p class="sr" role="status">
        {model.announcement.value}
      </p>
    </section>
  );
};
