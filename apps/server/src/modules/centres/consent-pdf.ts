import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';

// The consent to take part in a facility's activities, printed to be signed: by the person, or
// for a child by a parent or guardian (the seed's day room requires it in writing). The wording
// is the centre's own [M]: its lawyer should check it against the place's rules (regulamin).

export interface ConsentLetter {
  centreName: string;
  city: string | null;
  facility: { name: string; address: string; hours: string };
  person: string;
  guardian: string | null;
  referral: string;
  requestedOn: string;
}

const para = (text: string): Content => ({ text, alignment: 'justify', margin: [0, 6, 0, 0] });

export function consentPdf(c: ConsentLetter): Promise<Buffer> {
  const who = c.guardian
    ? `Ja, niżej podpisany/a ${c.guardian}, rodzic (opiekun prawny) dziecka ${c.person}, wyrażam zgodę na uczestnictwo mojego dziecka`
    : `Ja, niżej podpisany/a ${c.person}, wyrażam zgodę na moje uczestnictwo`;
  return renderPdf({
    info: { title: `Zgoda na uczestnictwo — ${c.facility.name}`, author: c.centreName },
    content: [
      {
        text: `${c.city ?? ''}, dnia ${polishDate(c.requestedOn)} r.`,
        alignment: 'right',
        margin: [0, 0, 0, 12],
      },
      { text: c.centreName, bold: true },
      { text: `${c.facility.name}, ${c.facility.address}`, margin: [0, 0, 0, 12] },
      { text: 'ZGODA NA UCZESTNICTWO W ZAJĘCIACH', fontSize: 14, bold: true, alignment: 'center' },
      // A placówka's name is not declined: it stands quoted after "placówki" (not "przez Świetlica…").
      para(`${who} w zajęciach placówki „${c.facility.name}” (${c.facility.hours}).`),
      para(`Skierowanie: ${c.referral}.`),
      para(
        'Oświadczam, że zapoznałem/am się z regulaminem placówki. Przyjmuję do wiadomości, że administratorem danych osobowych jest ośrodek pomocy społecznej, który przetwarza je w celu realizacji zadań placówki, a zgodę mogę w każdej chwili wycofać, co kończy uczestnictwo.',
      ),
      {
        columns: [
          { text: '' },
          {
            text: `\n\n……………………………………\n${c.guardian ? `podpis rodzica (opiekuna prawnego)\n${c.guardian}` : `podpis uczestnika\n${c.person}`}`,
            alignment: 'center',
          },
        ],
        margin: [0, 30, 0, 0],
      },
    ],
  });
}
