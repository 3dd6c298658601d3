// React 19 renders custom elements itself: an object prop the element has as a property (`content`,
// `value`) is set as that property, `onknead-…` adds a listener for that exact event, anything else
// becomes an attribute. @knead/widgets/jsx types every tag; @knead/widgets/define defines them first.
import '@knead/widgets/define';
import type {} from '@knead/widgets/jsx';
import { Choices, faqOverrides, Page, useSite } from './site';

/** The spa page with the bare <knead-*> elements (React 19 only). */
export function BareApp() {
  const site = useSite();
  const { theme } = site;
  return (
    <Page site={site} title="React 19 with the bare elements">
      <section>
        <h2>Why a back massage?</h2>
        <knead-benefits
          layout="grid"
          expandable
          heading-level={3}
          theme={theme}
          onknead-benefit-toggle={site.log}
        />
      </section>
      <section>
        <h2>Find your technique</h2>
        <knead-technique-picker
          group="visit"
          booking-url="#book-{technique}"
          heading-level={3}
          theme={theme}
          value={site.choices}
          onInput={(e) => site.setChoices(e.currentTarget.value)}
          onknead-technique-select={site.log}
          onknead-book={site.book}
        />
      </section>
      <section>
        <h2>Before you book</h2>
        <knead-precautions
          group="visit"
          heading-level={3}
          theme={theme}
          value={site.answers}
          onInput={(e) => site.setAnswers(e.currentTarget.value)}
          onknead-verdict={site.log}
        />
        <Choices site={site} />
      </section>
      <section>
        <h2>Between visits: a self-massage</h2>
        <knead-self-massage
          heading-level={3}
          theme={theme}
          onknead-step-change={site.log}
          onknead-complete={site.log}
        />
      </section>
      <section>
        <h2>Questions, answered</h2>
        <knead-faq
          searchable
          heading-level={3}
          theme={theme}
          content={faqOverrides[site.location]}
          onknead-faq-toggle={site.log}
          onknead-error={site.log}
        />
      </section>
    </Page>
  );
}
