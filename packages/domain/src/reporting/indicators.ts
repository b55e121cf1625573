import { APPLICATION_BENEFITS } from '../applications/application.ts';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { PROGRAMME_KINDS } from '../programs/programme.ts';

// The registry of indicator queries: every key a strategy indicator may name to have its value
// computed from Ostoja's own data for a year. The SQL behind each key lives in
// apps/server/src/modules/reporting/indicator-repo.ts; this list is what the UI offers and
// what the API accepts. Label of a key: `reporting.indicator.<key>` (reasons and benefits are
// labelled by their own dictionaries).

export type IndicatorUnit = 'count' | 'grosze';

export interface IndicatorQuery {
  key: string;
  unit: IndicatorUnit;
  /** Niebieska Karta figures: counts only, shown only to holders of `blueCard.statistics`. */
  blueCard?: true;
  /** Where the number comes from, for the report's "source" column. */
  source:
    | 'staffing'
    | 'assistance'
    | 'decisions'
    | 'applications'
    | 'payments'
    | 'blueCard'
    | 'counselling'
    | 'volunteers'
    | 'socialWork'
    | 'familySupport'
    | 'centres'
    | 'housingAllowances'
    | 'programs'
    | 'foodAid'
    | 'services'
    | 'alcoholCommission'
    | 'consultationPoint'
    | 'shelters'
    | 'largeFamilyCards'
    | 'ukrStatus';
}

const q = (key: string, source: IndicatorQuery['source'], unit: IndicatorUnit = 'count'): IndicatorQuery => ({
  key,
  unit,
  source,
});

export const INDICATOR_QUERIES: readonly IndicatorQuery[] = [
  q('staff.socialWorkers', 'staffing'),
  q('staff.familyAssistants', 'staffing'),
  q('staff.carers', 'staffing'),
  q('assistance.persons', 'assistance'),
  q('assistance.families', 'assistance'),
  q('assistance.personsInFamilies', 'assistance'),
  ...HELP_REASONS.map((r) => q(`assistance.familiesByReason.${r}`, 'assistance')),
  q('decisions.issued', 'decisions'),
  ...APPLICATION_BENEFITS.map((b) => q(`decisions.issued.${b}`, 'decisions')),
  q('decisions.refused', 'decisions'),
  q('applications.received', 'applications'),
  q('payments.total', 'payments', 'grosze'),
  q('payments.ukrainianCitizens', 'payments', 'grosze'),
  q('payments.ukrainianCitizens.persons', 'payments'),
  q('payments.ukrainianCitizens.allActs', 'payments', 'grosze'),
  // Social assistance paid to a citizen of Ukraine while they held the UKR status (art. 29 of the act of 12.03.2022).
  q('payments.ukrStatus', 'ukrStatus', 'grosze'),
  q('payments.ukrStatus.persons', 'ukrStatus'),
  { ...q('blueCard.opened', 'blueCard'), blueCard: true },
  { ...q('blueCard.meetingsHeld', 'blueCard'), blueCard: true },
  q('counselling.total', 'counselling'),
  q('counselling.inPerson', 'counselling'),
  q('counselling.phone', 'counselling'),
  q('counselling.psychological', 'counselling'),
  q('volunteers.agreements', 'volunteers'),
  q('socialWork.families', 'socialWork'),
  q('socialWork.persons', 'socialWork'),
  q('socialWork.familiesWithoutBenefit', 'socialWork'),
  q('socialContracts.concluded', 'socialWork'),
  q('socialContracts.completed', 'socialWork'),
  q('socialContracts.broken', 'socialWork'),
  q('familySupport.familiesWithAssistant', 'familySupport'),
  q('fosterCare.children', 'familySupport'),
  q('fosterCare.gminaShare', 'familySupport', 'grosze'),
  q('centres.seniorParticipants', 'centres'),
  q('centres.seniorAttendanceDays', 'centres'),
  q('centres.childParticipants', 'centres'),
  q('centres.childPlaces', 'centres'),
  q('housingAllowances.households', 'housingAllowances'),
  q('housingAllowances.amount', 'housingAllowances', 'grosze'),
  q('housingAllowances.energyHouseholds', 'housingAllowances'),
  q('housingAllowances.energyAmount', 'housingAllowances', 'grosze'),
  ...PROGRAMME_KINDS.map((k) => q(`programs.participants.${k}`, 'programs')),
  q('programs.completions', 'programs'),
  q('foodAid.persons', 'foodAid'),
  q('foodAid.personsInHouseholds', 'foodAid'),
  q('foodAid.kilograms', 'foodAid'),
  q('foodAid.parcels', 'foodAid'),
  q('careServices.recipients', 'services'),
  q('careServices.specialistRecipients', 'services'),
  q('careServices.mentalDisorderRecipients', 'services'),
  q('careServices.hoursDelivered', 'services'),
  q('meals.pupils', 'services'),
  q('meals.adults', 'services'),
  q('meals.served', 'services'),
  q('meals.cost', 'services', 'grosze'),
  q('meals.cashForFood', 'services'),
  q('meals.cashForFoodAmount', 'services', 'grosze'),
  // The alcohol commission (MKRPA) and its consultation point (PIK): counts only, never whom.
  q('alcohol.permitsOpined', 'alcoholCommission'),
  q('alcohol.salePointAudits', 'alcoholCommission'),
  q('alcohol.proceedings', 'alcoholCommission'),
  q('alcohol.newReports', 'alcoholCommission'),
  q('alcohol.personsReferredToExperts', 'alcoholCommission'),
  q('alcohol.courtPetitions', 'alcoholCommission'),
  q('consultationPoint.consultations', 'consultationPoint'),
  q('consultationPoint.persons', 'consultationPoint'),
  q('consultationPoint.supportGroupHours', 'consultationPoint'),
  q('consultationPoint.therapyGroupHours', 'consultationPoint'),
  q('shelters.persons', 'shelters'),
  q('largeFamilyCards.issued', 'largeFamilyCards'),
  q('largeFamilyCards.families', 'largeFamilyCards'),
  q('neighbourServices.recipients', 'services'),
  q('telecare.users', 'services'),
];

export const INDICATOR_QUERY_KEYS = INDICATOR_QUERIES.map((x) => x.key);

export function indicatorQuery(key: string): IndicatorQuery | undefined {
  return INDICATOR_QUERIES.find((x) => x.key === key);
}

/** Translation key and parameters that label an indicator query. */
export function indicatorLabel(key: string): { key: string; params?: Record<string, string> } {
  const reason = /^assistance\.familiesByReason\.(.+)$/.exec(key);
  if (reason) return { key: 'reporting.indicator.familiesByReason', params: { reason: reason[1]! } };
  const benefit = /^decisions\.issued\.(.+)$/.exec(key);
  if (benefit) return { key: 'reporting.indicator.decisionsByBenefit', params: { benefit: benefit[1]! } };
  return { key: `reporting.indicator.${key}` };
}
