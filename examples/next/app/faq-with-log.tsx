'use client';
// Event handlers live in a client component (a server component cannot pass functions).
import { KneadFaq } from '@knead/react';
import { useState } from 'react';

const parking = {
  faq: {
    items: [{ id: 'parking', question: 'Where do I park?', answer: 'Behind the spa, free for guests.' }],
  },
};

export function FaqWithLog() {
  const [last, setLast] = useState('none yet');
  return (
    <section>
      <KneadFaq
        searchable
        headingLevel={2}
        content={parking}
        onFaqToggle={(event) => setLast(`${event.detail.id} ${event.detail.open ? 'opened' : 'closed'}`)}
      />
      <p>
        Last question: <output id="last-toggle">{last}</output>
      </p>
    </section>
  );
}
