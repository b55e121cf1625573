import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { recoveryBalance } from '@ostoja/domain/funerals/rules';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import type { StaffContext } from '../../http/context.ts';
import { letterhead } from '../../shared/decision-document.ts';
import { renderPdf } from '../../shared/pdf.ts';
import * as identityRepo from '../identity/repo.ts';
import * as orgRepo from '../org/repo.ts';
import { funeralRow } from './service.ts';

// The order to the contracted funeral home (zlecenie sprawienia pogrzebu, art. 44 ups) with the cost
// within the council's limit and the recovery of the cost so far. A funeral needs no administrative
// decision (art. 106 ust. 2 ups), so this is the centre's written order, not a decision frame.

const zl = (g: number) => formatMoney(g, 'pl');
const SOURCES = { zusAllowance: 'zasiłek pogrzebowy (ZUS)', estate: 'masa spadkowa' } as const;
const KINDS = { claimed: 'wystąpiono o zwrot', received: 'wpłynęło' } as const;

/** The order as PDF; reading it is logged like any read of the deceased's record. */
export async function funeralOrderPdf(ctx: StaffContext, id: string) {
  const f = await funeralRow(ctx, id);
  const centre = await orgRepo.centre(ctx.q);
  const signer = await identityRepo.signatory(ctx.q, ctx.actor.id);
  const balance = recoveryBalance(f.costGrosze, f.recoveries);
  const row = (label: string, value: string): Content[] => [{ text: label, bold: true }, value];
  const pdf = await renderPdf({
    info: { title: `Zlecenie sprawienia pogrzebu ${f.number}`, author: centre.name },
    content: [
      ...letterhead(centre, f.orderedOn, f.number),
      { text: [f.funeralHomeName, '\n', f.funeralHomeAddress], margin: [280, 12, 0, 0] },
      {
        text: 'ZLECENIE SPRAWIENIA POGRZEBU',
        fontSize: 14,
        bold: true,
        alignment: 'center',
        margin: [0, 18, 0, 10],
      },
      {
        text: `Na podstawie art. 17 ust. 1 pkt 15 i art. 44 ustawy o pomocy społecznej oraz umowy nr ${f.contractNumber} ${centre.name} zleca sprawienie pogrzebu zmarłej/zmarłego:`,
        alignment: 'justify',
      },
      {
        table: {
          widths: [170, '*'],
          body: [
            row('Imię i nazwisko', `${f.firstName} ${f.surname}`),
            row('PESEL', f.pesel ?? '—'),
            row('Data zgonu', `${polishDate(f.dateOfDeath)} r.`),
            row('Miejsce zgonu', f.placeOfDeath ?? '—'),
            row('Zgłaszający', `${f.reportedBy}, ${polishDate(f.reportedOn)} r.`),
            row('Limit kosztów', `${zl(f.limitGrosze)} (uchwała ${f.limitResolution})`),
            row('Koszt pogrzebu', zl(f.costGrosze)),
            ...(f.overLimitReason ? [row('Uzasadnienie przekroczenia limitu', f.overLimitReason)] : []),
            row(
              'Faktura',
              f.invoiceNumber ? `${f.invoiceNumber} z ${polishDate(f.invoiceIssuedOn!)} r.` : 'oczekuje',
            ),
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 8, 0, 8],
      },
      {
        text: 'Koszt pogrzebu podlega zwrotowi z zasiłku pogrzebowego albo z masy spadkowej (art. 96 ust. 3 ustawy o pomocy społecznej).',
        alignment: 'justify',
      },
      ...(f.recoveries.length
        ? [
            {
              ul: f.recoveries.map(
                (x) =>
                  `${polishDate(x.on)} r. — ${SOURCES[x.source]}: ${KINDS[x.kind]} ${zl(x.amountGrosze)}`,
              ),
              margin: [0, 6, 0, 0],
            } as Content,
          ]
        : []),
      {
        text: `Odzyskano: ${zl(balance.receivedGrosze)}; pozostaje do odzyskania: ${zl(balance.outstandingGrosze)}.`,
        margin: [0, 6, 0, 0],
      },
      {
        text: [signer?.fullName ?? '', signer?.jobTitle ? `\n${signer.jobTitle}` : '', '\n(podpis)'],
        alignment: 'right',
        margin: [0, 30, 0, 0],
      },
    ],
  });
  return { pdf, filename: `pogrzeb-${f.number.replace(/[^\w.-]+/g, '_')}.pdf` };
}
