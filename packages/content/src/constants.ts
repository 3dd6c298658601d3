/** The verdicts, from least to most cautious. */
export const VERDICTS = ['ok', 'consult', 'avoid-intense'] as const;
/** The pressure levels, from gentlest to firmest. */
export const PRESSURES = ['gentle', 'medium', 'firm'] as const;
/** Every section name, in display order. */
export const SECTIONS = [
  'intro',
  'benefits',
  'techniques',
  'precautions',
  'selfMassage',
  'therapist',
  'faq',
] as const;
