import { t } from '@ostoja/domain/i18n/index';
import { polishDate } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { conflict } from '../../http/errors.ts';
import { debtorLetter } from '../alimony-fund/debtor-documents.ts';
import * as orgRepo from '../org/repo.ts';
import { decisionHeader } from '../registry/decision-recipient.ts';
import { load } from './service.ts';

// The call to complete an incomplete application (wezwanie do uzupełnienia wniosku): the missing
// attachments and the day they are due, on the centre's letterhead. Art. 24 ust. 3a usr with KPA
// art. 64 § 2 [M: the wording is the centre's practice].

export async function callToCompleteLetter(ctx: StaffContext, id: string) {
  const a = await load(ctx, id);
  if (a.status !== 'incomplete' || !a.completionDue)
    throw conflict('familyBenefits.status', 'error.familyBenefits.notIncomplete');
  const header = await decisionHeader(ctx, a.applicantId, a.householdId);
  await ctx.audit(
    documentRead('familyBenefitApplication', id, [header.personId], { document: 'callToComplete' }),
  );
  const r = header.recipient;
  const missing = a.attachments
    .filter((x) => !x.provided)
    .map((x) => `– ${t('pl', `fb.attachment.${x.key}`)}`);
  const pdf = await debtorLetter({
    centre: await orgRepo.centre(ctx.q),
    number: a.number,
    on: a.submittedOn,
    addressee: [`${r.sex === 'F' ? 'Pani' : 'Pan'} ${r.firstName} ${r.surname}`, r.address],
    title: 'WEZWANIE DO UZUPEŁNIENIA WNIOSKU',
    body: [
      `Na podstawie art. 24 ust. 3a ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych oraz art. 64 § 2 Kodeksu postępowania administracyjnego wzywam do uzupełnienia wniosku nr ${a.number} z dnia ${polishDate(a.submittedOn)} r. o ustalenie prawa do zasiłku rodzinnego wraz z dodatkami o następujące dokumenty:`,
      missing.join('\n'),
      `w terminie do dnia ${polishDate(a.completionDue)} r. (14 dni od dnia doręczenia wezwania).`,
      'Nieusunięcie braków w tym terminie spowoduje pozostawienie wniosku bez rozpatrzenia.',
    ],
  });
  return { pdf, filename: `wezwanie-${a.number.replace(/[^\w.-]+/g, '_')}.pdf` };
}
