import { holdsUkrStatus, type UkrStatusValue } from '../registry/ukr-status.ts';

// Who may get the centre's help by their citizenship and stay: art. 5 ups (Polish citizens living
// in Poland; foreigners with the residence titles it lists; citizens of the EU, the EEA and
// Switzerland with a right of residence) and art. 29 ust. 1 of the act of 12.03.2022 on help to
// citizens of Ukraine (with the UKR status: some forms of the ups help, on the ups rules).

export const ART_RESIDENCE = 'art. 5 ustawy o pomocy społecznej';
export const ART_UKR_HELP = 'art. 29 ust. 1 ustawy z 12.03.2022 o pomocy obywatelom Ukrainy';

/** The forms of help a rule may ask about: the application flow's cash benefits and the help in kind. */
export type HelpForm =
  | 'zasilekStaly'
  | 'zasilekOkresowy'
  | 'zasilekCelowy'
  | 'specjalnyZasilekCelowy'
  | 'crisisIntervention'
  | 'shelter'
  | 'meal'
  | 'clothing';

/**
 * The forms of ups help art. 29 ust. 1 gives a citizen of Ukraine holding the UKR status, valid from
 * a date. [M] The act applies from 24.02.2022 (art. 1, art. 119); art. 29 ust. 1 names crisis
 * intervention, shelter, a meal, necessary clothing and a zasiłek celowy, on the rules of the ups
 * (its income criterion included); whether the special zasiłek celowy (art. 41 ups) counts, and what
 * the 2024–2025 amendments changed, are not confirmed against ISAP — add a dated row, never edit one.
 */
export const UKR_ACT_HELP: readonly { validFrom: string; forms: readonly HelpForm[] }[] = [
  { validFrom: '2022-02-24', forms: ['crisisIntervention', 'shelter', 'meal', 'clothing', 'zasilekCelowy'] },
];

/** Art. 5 pkt 3 ups: the EU states, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland. */
export const EEA_CH = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PT RO SE SI SK IS LI NO CH'.split(' '),
);

export interface ResidenceFacts {
  citizenship: string;
  /** A residence card (a permit art. 5 pkt 2 ups names, or refugee status / subsidiary protection) [M]. */
  documentType: string | null;
  ukrStatus: UkrStatusValue;
  ukrSince: string | null;
  ukrLostOn: string | null;
}

export type ResidenceEligibility =
  | { eligible: true; basis: 'polishCitizen' | 'eeaCitizen' | 'residenceTitle' | 'ukrStatus' }
  | { eligible: false; reason: 'noResidenceTitle' | 'ukrStatusLost' | 'notUnderUkrAct' };

// art. 5 ups; art. 29 ust. 1 ustawy z 12.03.2022 o pomocy obywatelom Ukrainy
export function residenceEligibility(p: ResidenceFacts, form: HelpForm, on: string): ResidenceEligibility {
  if (p.citizenship === 'PL') return { eligible: true, basis: 'polishCitizen' };
  if (EEA_CH.has(p.citizenship)) return { eligible: true, basis: 'eeaCitizen' };
  if (p.documentType === 'residenceCard') return { eligible: true, basis: 'residenceTitle' };
  const ukr = { status: p.ukrStatus, since: p.ukrSince, lostOn: p.ukrLostOn };
  if (p.citizenship === 'UA' && holdsUkrStatus(ukr, on)) {
    const rules = UKR_ACT_HELP.filter((r) => r.validFrom <= on).at(-1);
    return rules?.forms.includes(form)
      ? { eligible: true, basis: 'ukrStatus' }
      : { eligible: false, reason: 'notUnderUkrAct' };
  }
  if (p.citizenship === 'UA' && p.ukrStatus !== 'none' && p.ukrSince && p.ukrSince <= on)
    return { eligible: false, reason: 'ukrStatusLost' };
  return { eligible: false, reason: 'noResidenceTitle' };
}
