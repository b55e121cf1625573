import { politeName } from '@ostoja/domain/shared/declension';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { type DecisionFrame, decisionDocument } from '../../shared/decision-document.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as identityRepo from '../identity/repo.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';

type Body = Omit<DecisionFrame, 'centre' | 'authority' | 'recipient' | 'number' | 'decidedOn' | 'signatory'>;

/**
 * The letter of a services decision on an application with a home visit (meals, DPS): the
 * recipient and centre as every decision prints them, the signer, `body` given the party's name in
 * the dative and the application; reading it is logged like any read of the person's data.
 */
export async function decisionLetter(
  ctx: StaffContext,
  d: {
    entity: string;
    id: string;
    personId: string;
    applicationId: string;
    number: string;
    decidedOn: string;
  },
  signedBy: string | null,
  body: (toWhom: string, app: { number: string; submittedOn: string }) => Body,
) {
  const app = await applicationsRepo.findApplication(ctx.q, d.applicationId);
  if (!app) throw notFound();
  const header = await decisionHeader(ctx, d.personId, app.householdId);
  const s = signedBy ? await identityRepo.signatory(ctx.q, signedBy) : null;
  await ctx.audit(documentRead(d.entity, d.id, [d.personId], { document: d.number }));
  const r = header.recipient;
  const pdf = await decisionDocument({
    ...header,
    number: d.number,
    decidedOn: d.decidedOn,
    signatory: {
      name: s?.fullName ?? '',
      jobTitle: s?.jobTitle ?? null,
      authorisation: s?.authorisationNumber ?? null,
    },
    ...body(politeName(r.firstName, r.surname, r.sex, 'dative'), app),
  });
  return { pdf, filename: decisionFilename(d.number) };
}
