import type { WidgetView } from '../internal/view';
import { BenefitIcon } from './benefits.icons';
import type { BenefitsLayout, BenefitsModel } from './benefits.model';

/** The benefits: an optional intro, then one item per benefit with its icon, title, summary and details. */
export const BenefitsView: WidgetView<
  BenefitsModel,
  'benefits' | 'intro',
  { layout: BenefitsLayout; intro: boolean; expandable: boolean }
> = ({ model, ctx }) => {
  const { benefits, intro } = ctx.content.value;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  return (
    <section part="base" aria-label={benefits.title} class={ctx.attrs.layout.value}>
      {ctx.attrs.intro.value && (
        <div part="intro" class="intro">
          <Heading>{intro.title}</Heading>
          <p>{intro.lead}</p>
          <dl>
            {intro.topics.map((topic) => (
              <div key={topic.id}>
                <dt>{topic.title}</dt>
                <dd class="muted">{topic.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {/* biome-ignore lint/a11y/noRedundantRoles: WebKit drops list semantics under list-style:none */}
      <ul part="list" role="list">
        {model.items.value.map((item) => (
          <li part="item" key={item.id}>
            <BenefitIcon id={item.id} />
            <div>
              <Heading part="title" id={`t-${item.id}`}>
                {item.title}
              </Heading>
              <p part="summary">{item.summary}</p>
              {ctx.attrs.expandable.value && (
                <button
                  type="button"
                  part="toggle"
                  class="btn quiet"
                  id={`b-${item.id}`}
                  aria-labelledby={`b-${item.id} t-${item.id}`}
                  aria-expanded={item.open}
                  aria-controls={`d-${item.id}`}
                  onClick={() => model.toggle(item.id)}
                >
                  {item.open ? benefits.ui.showLess : benefits.ui.showMore}
                </button>
              )}
              <p part="details" class="muted" id={`d-${item.id}`} hidden={!item.shown}>
                {item.details}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
};
