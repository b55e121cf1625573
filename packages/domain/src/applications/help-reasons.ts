// Art. 7 ups — the reasons for granting social assistance, as a coded dictionary
// (wording of pkt 7 "przemoc domowa" since 22.06.2023; pkt 10 repealed).
export const HELP_REASONS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '7a',
  '8',
  '9',
  '11',
  '12',
  '13',
  '14',
  '15',
] as const;
export type HelpReason = (typeof HELP_REASONS)[number];
/** Translation key of a reason's name: `helpReason.<code>`. */
export const helpReasonKey = (code: HelpReason) => `helpReason.${code}` as const;
