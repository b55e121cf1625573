import { z } from 'zod';
import { listPage } from '../shared/list.ts';
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
    ART11_SENTENCE,
  ].join('\n\n');
}

const ART11_SENTENCE =
  'Zgodnie z art. 11 ust. 2 ustawy o pomocy społecznej niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia albo wstrzymania świadczeń pieniężnych.';

// Art. 11 ust. 2 ups: a refusal, revocation or suspension resting on a broken contract cites it in
// its legal basis, before the article of the decision itself.
export const art11Basis = (basis: string) => `art. 11 ust. 2 w związku z ${basis}`;

// Art. 11 ust. 2 ups: the justification of such a decision names the article, whatever the clerk
// kept of the drafted text.
export const art11Reason = (text: string) =>
  /art\. 11 ust\. 2/.test(text) ? text : `${text.trimEnd()}\n\n${ART11_SENTENCE}`;

/** A refusal, revocation or suspension resting on a contract (`contractId`) gets both of the above. */
export const onArt11 = (contractId: string | null | undefined, legalBasis: string, justification: string) =>
  contractId
    ? { legalBasis: art11Basis(legalBasis), justification: art11Reason(justification) }
    : { legalBasis, justification };

/** A broken contract of the person's household, as the clerk drafting a decision sees it. */
export const BrokenContract = z.object({
  contractId: z.uuid(),
  number: z.string(),
  personName: z.string(),
  brokenOn: z.string(),
  /** The justification drafted from the case file (names art. 11 ust. 2). */
  justification: z.string(),
});
export type BrokenContract = z.input<typeof BrokenContract>;
export const BrokenContractPage = listPage(BrokenContract);
export type BrokenContractPage = z.input<typeof BrokenContractPage>;
