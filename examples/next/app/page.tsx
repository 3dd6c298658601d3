// A server component: it renders the @knead/react client components, which the server renders with
// their pre-render (every widget's text in the HTML), and the browser hydrates.
import { KneadBenefits, KneadProvider } from '@knead/react';
import { FaqWithLog } from './faq-with-log';

export default function Page() {
  return (
    // The pre-render links each widget's stylesheet from here: public/knead is a copy of
    // @knead/widgets/dist made by the build (copy-assets.mjs).
    <KneadProvider assetBase="/knead/">
      <main>
        <h1>Stillwater Spa</h1>
        <KneadBenefits layout="grid" expandable />
        <FaqWithLog />
      </main>
    </KneadProvider>
  );
}
