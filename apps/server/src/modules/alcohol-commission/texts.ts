import type { GROUNDS } from '@ostoja/domain/alcohol-commission/proceeding';
import { polishDate } from '@ostoja/domain/shared/today';
import type { EventRow, ProceedingRow } from './repo.ts';

// Polish wording of the petition to the court, built from the proceeding's log (the letters are
// Polish whatever the user's language).

/** Art. 24 of the act: what the person's drinking causes. */
export const GROUND_TEXT: Record<(typeof GROUNDS)[number], string> = {
  familyBreakdown: 'powoduje rozkład życia rodzinnego',
  minorsDemoralisation: 'powoduje demoralizację małoletnich',
  familyNeglect: 'uchyla się od zaspokajania potrzeb rodziny',
  publicOrder: 'systematycznie zakłóca spokój lub porządek publiczny',
};

const REPORTER: Record<ProceedingRow['reporterKind'], string> = {
  family: 'członka rodziny',
  police: 'Policji',
  socialWorker: 'pracownika socjalnego',
  blueCardTeam: 'zespołu interdyscyplinarnego (procedura „Niebieskie Karty”)',
  other: 'innej osoby lub instytucji',
};
const EXPERT = { psychiatrist: 'biegłego lekarza psychiatry', psychologist: 'biegłego psychologa' } as const;
const d = (iso: string) => `${polishDate(iso)} r.`;
type Details = Record<string, unknown>;

/** The course of the proceeding, one sentence per step, for the petition's justification. */
export function petitionFacts(p: ProceedingRow, log: EventRow[]): string[] {
  const out = [`W dniu ${d(p.reportedOn)} do Komisji wpłynęło zgłoszenie ${REPORTER[p.reporterKind]}.`];
  for (const e of log) {
    const x = e.details as Details;
    if (e.type === 'invitation')
      out.push(
        `Pismem z dnia ${d(e.on)} Komisja wezwała ${x.addressee === 'family' ? 'członka rodziny' : 'uczestnika'} na dzień ${d(String(x.appointmentOn))}`,
      );
    else if (e.type === 'interview')
      out.push(
        x.appeared
          ? `W dniu ${d(e.on)} przeprowadzono rozmowę z ${x.withWhom === 'family' ? 'rodziną uczestnika' : 'uczestnikiem'}.`
          : `W dniu ${d(e.on)} ${x.withWhom === 'family' ? 'rodzina uczestnika' : 'uczestnik'} nie stawił(a) się na wezwanie.`,
      );
    else if (e.type === 'expertReferral')
      out.push(`W dniu ${d(e.on)} Komisja skierowała uczestnika na badanie przez biegłych sądowych.`);
    else if (e.type === 'expertOpinion')
      out.push(
        `Opinia ${EXPERT[x.expert as keyof typeof EXPERT]} z dnia ${d(e.on)} ${x.dependent ? 'stwierdza' : 'nie stwierdza'} uzależnienia od alkoholu.`,
      );
  }
  return out;
}

/** What goes with the petition (art. 26 ust. 3: the documentation and the experts' opinion). */
export function petitionAttachments(p: ProceedingRow, log: EventRow[]): string[] {
  const out = [`Zgłoszenie z dnia ${d(p.reportedOn)}`];
  for (const e of log) {
    const x = e.details as Details;
    if (e.type === 'invitation') out.push(`Wezwanie z dnia ${d(e.on)}`);
    else if (e.type === 'interview') out.push(`Notatka z rozmowy z dnia ${d(e.on)}`);
    else if (e.type === 'expertOpinion')
      out.push(`Opinia ${EXPERT[x.expert as keyof typeof EXPERT]} z dnia ${d(e.on)}`);
  }
  return out;
}
