import { z } from 'zod';
import { isoDate, trimmed, uuid } from '../shared/validation.ts';

// The municipal programme (gminny program profilaktyki i rozwiązywania problemów alkoholowych oraz
// przeciwdziałania narkomanii): adopted by the council for a year, financed from the permit fees
// (art. 18² of the act on upbringing in sobriety); its tasks with their budget lines, what was
// spent on each, and the yearly report: the figures computed from the commission's and the
// point's data, and the state agency's questionnaire (PARPA-G1).

const grosze = z.number().int().min(0).max(100_000_000_000);
export const ProgrammeYear = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const AddProgramme = z.object({
  year: z.number().int().min(2000).max(2100),
  /** The council's resolution adopting the programme. */
  resolution: trimmed(300),
  /** Income from the permit fees planned for the year (grosze). */
  permitFees: grosze,
  tasks: z
    .array(z.object({ title: trimmed(300), budget: grosze }))
    .min(1)
    .max(50),
});
export type AddProgramme = z.input<typeof AddProgramme>;

export const AddSpending = z.object({
  taskId: uuid,
  spentOn: isoDate,
  amount: z.number().int().min(1).max(100_000_000_000),
  description: trimmed(500),
});
export type AddSpending = z.input<typeof AddSpending>;

/** The gmina's own answers to the questionnaire's rows that the data cannot compute. */
export const G1Answers = z.object({
  values: z.record(z.string().max(60), z.number().int().min(0).max(100_000_000_000)),
});
export type G1Answers = z.input<typeof G1Answers>;

/** The figures of the yearly report, each computed from the data of the year. */
export const FIGURES = [
  'permitsOpined',
  'permitsNegative',
  'inspections',
  'sellerTrainings',
  'meetings',
  'proceedingsConducted',
  'newReports',
  'personsInProceedings',
  'personsReferredToExperts',
  'courtPetitions',
  'personsObligatedToTreatment',
  'personsInTreatment',
  'consultations',
  'consultationPersons',
  'anonymousConsultations',
  'groupMinutes',
  'programmeBudget',
  'programmeSpent',
  'permitFees',
] as const;
export type Figure = (typeof FIGURES)[number];
/** Figures in grosze (the rest are counts; groupMinutes is minutes). */
export const MONEY_FIGURES: readonly Figure[] = ['programmeBudget', 'programmeSpent', 'permitFees'];

export interface G1Row {
  key: string;
  label: string;
  /** Computed from a figure of the data, or entered by the gmina. */
  figure?: Figure;
}
export interface G1Section {
  key: string;
  title: string;
  rows: G1Row[];
}

/**
 * [M] The PARPA-G1 questionnaire (now the Krajowe Centrum Przeciwdziałania Uzależnieniom's) as
 * data: its sections and row layout are not confirmed against the current form (domain-reference
 * §5.6); the rows the data cannot compute are the gmina's to fill in. Change this list, not code.
 */
export const PARPA_G1_LAYOUT: readonly G1Section[] = [
  {
    key: 'commission',
    title: 'Działalność gminnej komisji rozwiązywania problemów alkoholowych',
    rows: [
      { key: 'meetings', label: 'Liczba posiedzeń komisji', figure: 'meetings' },
      {
        key: 'proceedings',
        label: 'Liczba osób, wobec których prowadzono postępowanie',
        figure: 'personsInProceedings',
      },
      { key: 'newReports', label: 'Liczba nowych zgłoszeń', figure: 'newReports' },
      {
        key: 'experts',
        label: 'Liczba osób skierowanych na badanie przez biegłych',
        figure: 'personsReferredToExperts',
      },
      { key: 'petitions', label: 'Liczba wniosków skierowanych do sądu', figure: 'courtPetitions' },
      { key: 'permitsOpined', label: 'Liczba wydanych opinii w sprawie zezwoleń', figure: 'permitsOpined' },
      { key: 'inspections', label: 'Liczba kontroli punktów sprzedaży', figure: 'inspections' },
    ],
  },
  {
    key: 'point',
    title: 'Punkt informacyjno-konsultacyjny i grupy',
    rows: [
      { key: 'consultations', label: 'Liczba udzielonych porad', figure: 'consultations' },
      {
        key: 'consultationPersons',
        label: 'Liczba osób korzystających z porad',
        figure: 'consultationPersons',
      },
      {
        key: 'groupHours',
        label: 'Liczba godzin zajęć grup terapeutycznych i wsparcia',
        figure: 'groupMinutes',
      },
    ],
  },
  {
    key: 'prevention',
    title: 'Profilaktyka (wypełnia gmina)',
    rows: [
      { key: 'schoolPrograms', label: 'Liczba programów profilaktycznych w szkołach' },
      { key: 'schoolParticipants', label: 'Liczba uczestników programów profilaktycznych' },
      { key: 'campaigns', label: 'Liczba kampanii edukacyjnych' },
      { key: 'treatmentPersons', label: 'Liczba osób korzystających z terapii w placówkach leczenia' },
    ],
  },
  {
    key: 'finance',
    title: 'Finansowanie programu (zł)',
    rows: [
      { key: 'permitFees', label: 'Dochody z opłat za zezwolenia', figure: 'permitFees' },
      { key: 'budget', label: 'Plan wydatków programu', figure: 'programmeBudget' },
      { key: 'spent', label: 'Wydatki wykonane', figure: 'programmeSpent' },
    ],
  },
];

/** The rows the gmina fills in itself. */
export const G1_ENTERED = new Set(
  PARPA_G1_LAYOUT.flatMap((s) => s.rows.filter((r) => !r.figure).map((r) => r.key)),
);

/** The first answer naming a row the gmina does not fill in, as [field, message]. */
export function g1AnswersProblem(values: Record<string, number>): [string, string] | null {
  const wrong = Object.keys(values).find((k) => !G1_ENTERED.has(k));
  return wrong === undefined ? null : [`values.${wrong}`, 'validation.alcohol.g1Row'];
}

/** Art. 18² ust. 1: the permit fees are spent on the programme; spending is dated within its year. */
export function spendingDateProblem(year: number, spentOn: string, today: string): string | null {
  if (spentOn > today) return 'validation.date.future';
  return Number(spentOn.slice(0, 4)) === year ? null : 'validation.alcohol.outsideProgrammeYear';
}

// Answers.
const ProgrammeTask = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  budget: z.number().int(),
  spent: z.number().int(),
});
export const Programme = z.object({
  year: z.number().int(),
  resolution: z.string(),
  permitFees: z.number().int(),
  tasks: z.array(ProgrammeTask),
  budget: z.number().int(),
  spent: z.number().int(),
  spending: z.array(
    z.object({
      id: z.string(),
      taskId: z.string(),
      spentOn: z.string(),
      amount: z.number().int(),
      description: z.string(),
    }),
  ),
});
export type Programme = z.input<typeof Programme>;

export const ProgrammeReport = z.object({
  year: z.number().int(),
  figures: z.record(z.enum(FIGURES), z.number().int()),
  groups: z.array(z.object({ name: z.string(), minutes: z.number().int() })),
  tasks: z.array(ProgrammeTask),
  g1: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      rows: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          entered: z.boolean(),
          /** Grosze in the finance section, hours for group time, else counts; null: not yet entered. */
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type ProgrammeReport = z.input<typeof ProgrammeReport>;
