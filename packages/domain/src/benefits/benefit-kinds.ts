/**
 * The cash benefits of social assistance decided through the application flow (art. 36 pkt 1
 * lit. a–c ups): one name each, used by the rules, the self-check, the workflow and the reports.
 */
export const APPLICATION_BENEFITS = [
  'zasilekStaly',
  'zasilekOkresowy',
  'zasilekCelowy',
  'specjalnyZasilekCelowy',
] as const;
export type ApplicationBenefit = (typeof APPLICATION_BENEFITS)[number];
