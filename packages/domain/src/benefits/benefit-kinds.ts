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

/**
 * Benefits of other acts the centre decides and pays through the same payment runs: family
 * benefits (usr), the alimony fund (uFA) and the housing allowances (udm, Prawo energetyczne).
 * They are not social assistance, so MRPiPS-03, the dashboard and the strategy's payments leave them out.
 */
export const OTHER_ACT_BENEFITS = [
  'zasilekRodzinny',
  'funduszAlimentacyjny',
  'dodatekMieszkaniowy',
  'dodatekEnergetyczny',
] as const;
