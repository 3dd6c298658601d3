// One path per icon, drawn on a 24×24 grid for a 1.5 stroke; kept as path data only so the five
// icons cost a few hundred bytes. Decorative: the title next to each icon says what it means.
const paths: Record<string, string> = {
  // A lotus: calm.
  'stress-relief':
    'M12 19c-2.2-1.6-3.2-3.8-3.2-6.4S10 7.6 12 5.5c2 2.1 3.2 4.5 3.2 7.1S14.2 17.4 12 19zm0 0c-4 0-7.6-2.4-8.5-6.3 1.9-.4 3.6 0 5 .9m3.5 5.4c4 0 7.6-2.4 8.5-6.3-1.9-.4-3.6 0-5 .9',
  // A back with its spine: the pain eased.
  'pain-reduction':
    'M10 3.5V5c0 1.2-1.4 1.7-3.4 2.2-1.6.4-1.8 1.6-1.4 3.8.4 2.2 1.8 4 1.6 5.6-.2 1.5-.5 2.6-.6 3.9M14 3.5V5c0 1.2 1.4 1.7 3.4 2.2 1.6.4 1.8 1.6 1.4 3.8-.4 2.2-1.8 4-1.6 5.6.2 1.5.5 2.6.6 3.9M12 8.5v9',
  // A drop with a highlight: blood flow.
  'blood-circulation': 'M12 3.5S6 9.7 6 14a6 6 0 0 0 12 0c0-4.3-6-10.5-6-10.5zM9 14.5a3 3 0 0 0 3 3',
  // Three soft waves: tension melting.
  'muscle-tension': 'M3 7.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0m-18 4.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0m-18 4.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0',
  // An arc with arrows: range of motion.
  flexibility: 'M5 16.5a7.5 7.5 0 0 1 14 0M3.2 14.2 5 16.5l2.5-1.6m9 0 2.5 1.6 1.8-2.3M12 12.5v7',
  // A four-point sparkle for benefits a spa adds.
  '': 'M12 4c.5 4 3.5 7.5 8 8-4.5.5-7.5 4-8 8-.5-4-3.5-7.5-8-8 4.5-.5 7.5-4 8-8z',
};

/** The decorative line icon for a benefit id (a neutral sparkle for ids without one). */
export const BenefitIcon = ({ id }: { id: string }) => (
  <svg
    viewBox="0 0 24 24"
    width="24"
    height="24"
    aria-hidden="true"
    part="icon"
    class="icon"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d={paths[id] ?? paths['']} />
  </svg>
);
