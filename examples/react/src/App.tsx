import {
  KneadBenefits,
  KneadFaq,
  KneadPrecautions,
  KneadSelfMassage,
  KneadTechniquePicker,
} from '@knead/react';
import { version } from 'react';
import { Choices, faqOverrides, Page, useSite } from './site';

/**
 * The spa page with the @knead/react components: camelCase props, objects as props, typed callbacks.
 * examples/react-18 renders this same page with React 18.
 */
export function App() {
  const site = useSite();
  const { theme } = site;
  return (
    <Page site={site} title={`React ${version.split('.')[0]} with @knead/react`}>
      <section>
        <h2>Why a back massage?</h2>
        <KneadBenefits layout="grid" expandable headingLevel={3} theme={theme} onBenefitToggle={site.log} />
      </section>
      <section>
        <h2>Find your technique</h2>
        <KneadTechniquePicker
          group="visit"
          bookingUrl="#book-{technique}"
          headingLevel={3}
          theme={theme}
          value={site.choices}
          onInput={(e) => site.setChoices(e.currentTarget.value)}
          onTechniqueSelect={site.log}
          onBook={site.book}
        />
      </section>
      <section>
        <h2>Before you book</h2>
        <KneadPrecautions
          group="visit"
          headingLevel={3}
          theme={theme}
          value={site.answers}
          onInput={(e) => site.setAnswers(e.currentTarget.value)}
          onVerdict={site.log}
        />
        <Choices site={site} />
      </section>
      <section>
        <h2>Between visits: a self-massage</h2>
        <KneadSelfMassage headingLevel={3} theme={theme} onStepChange={site.log} onComplete={site.log} />
      </section>
      <section>
        <h2>Questions, answered</h2>
        <KneadFaq
          searchable
          headingLevel={3}
          theme={theme}
          content={faqOverrides[site.location]}
          onFaqToggle={site.log}
          onError={site.log}
        />
      </section>
    </Page>
  );
}
