// Not part of the site: `tsc --noEmit` (pnpm typecheck) proves the typings catch each mistake below.
// Every `@ts-expect-error` must meet an error, or the type check fails.
import { KneadBenefits, KneadFaq, KneadPrecautions, KneadTechniquePicker } from '@knead/react';
import type { KneadFaqElement } from '@knead/widgets';
import { useRef } from 'react';

export function Components() {
  const faq = useRef<KneadFaqElement>(null);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <KneadFaq ref={faq} searchable headingLevel={3} onFaqToggle={(e) => e.detail.id.toUpperCase()} />
      {/* @ts-expect-error a wrong attribute value */}
      <KneadBenefits layout="grid2" />
      {/* @ts-expect-error a number attribute given text */}
      <KneadBenefits limit="3" />
      {/* @ts-expect-error a wrong event detail field */}
      <KneadFaq onFaqToggle={(e) => e.detail.idd} />
      {/* @ts-expect-error a verdict that does not exist */}
      <KneadPrecautions onVerdict={(e) => e.detail.verdict === 'maybe'} />
      {/* @ts-expect-error content of the wrong shape */}
      <KneadFaq content={{ faq: { items: [{ id: 1 }] } }} />
      {/* @ts-expect-error a value of the wrong shape */}
      <KneadTechniquePicker value={{ goals: 'relaxation', pressure: 'any' }} />
      {/* @ts-expect-error a ref to another kind of element */}
      <KneadFaq ref={input} />
    </>
  );
}
