import { polishDate } from '../shared/today.ts';

export interface Art11Facts {
  contractNumber: string;
  concludedOn: string;
  personName: string;
  personObligations: string;
  brokenOn: string;
  breachNote: string | null;
  /** Notes of contacts of the case file, newest first (date, text). */
  notes: { contactOn: string; body: string }[];
}

// Art. 11 ust. 2 ups: a breach of the social contract may justify refusing, revoking (uchylenie) or
// suspending a cash benefit; the justification states the contract, the obligations and the facts.
export function art11Justification(f: Art11Facts): string {
  const facts = f.notes
    .slice(0, 5)
    .map((n) => `— ${polishDate(n.contactOn)} r.: ${n.body}`)
    .join('\n');
  return [
    `W dniu ${polishDate(f.concludedOn)} r. ${f.personName} zawarł(a) z ośrodkiem kontrakt socjalny nr ${f.contractNumber} (art. 108 ustawy o pomocy społecznej), zobowiązując się do: ${f.personObligations}`,
    `W dniu ${polishDate(f.brokenOn)} r. stwierdzono niedotrzymanie postanowień kontraktu${f.breachNote ? `: ${f.breachNote}` : '.'}`,
    ...(facts ? [`Ustalenia pracownika socjalnego z akt sprawy:\n${facts}`] : []),
    'Zgodnie z art. 11 ust. 2 ustawy o pomocy społecznej niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia albo wstrzymania świadczeń pieniężnych.',
  ].join('\n\n');
}
