// One path per icon, drawn on a 24×24 grid for a 1.5 stroke; kept as path data only so the five
// icons cost a few hundred bytes. Decorative: the title next to each icon says what it means.
const paths: Record<string, string> = {
  // A lotus: calm.
  'stress-relief':
    'M12 19a9 9 0 0 1 0-14 9 9 0 0 1 0 14zm0 0c-4 0-7.5-2.5-8.5-6.5 2-.5 3.5 0 5 1m3.5 5.5c4 0 7.5-2.5 8.5-6.5-2-.5-3.5 0-5 1',
  // A back with its spine: the pain eased.
  'pain-reduction':
    'M10 3.5V5c0 1-1.5 1.5-3.5 2S5 8.5 5.3 11s1.7 4 1.5 5.5l-.6 4M14 3.5V5c0 1 1.5 1.5 3.5 2S19 8.5 18.7 11s-1.7 4-1.5 5.5l.6 4M12 8.5v9',
  // A drop with a highlight: blood flow.
  'blood-circulation': 'M12 3.5S6 9.7 6 14a6 6 0 0 0 12 0c0-4.3-6-10.5-6-10.5zM9 14.5a3 3 0 0 0 3 3',
  // Three soft waves: tension melting.
  'muscle-tension':
    'M3 7.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0m-18 4.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0m-18 4.5c2-1.7 4-1.7 6 0s4 1.7 6 0 4-1.7 6 0',
  // A figure stretching, arms up: moving freely.
  flexibility:
    'M12 5.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM12 8v5.5l-4 7.5m4-7.5 4 7.5M6.5 3.5C7.5 7 9.5 8.5 12 8.5s4.5-1.5 5.5-5',
  // A four-point sparkle for benefits a spa adds.
  '': 'M12 4c.5 4 3.5 7.5 8 8-4.5.5-7.5 4-8 8-.5-4-3.5-7.5-8-8 4.5-.5 7.5-4 8-8z',
};

/** The decorative line icon for a benefit id (a neutral sparkle for ids without one). */
export const BenefitIcon = ({ id }: { id: string }) => (
  <svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    part="icon"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d={paths[id] ?? paths['']} />
  </svg>
);
