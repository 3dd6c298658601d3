/** The version of @knead/widgets, used to tell apart two copies registered on one page. */
export const VERSION = '0.1.0';
