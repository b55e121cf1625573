import { polishDate } from '@ostoja/domain/shared/today';
import { needsAccidentInsurance } from '@ostoja/domain/volunteers/volunteer';
import type { Content } from 'pdfmake/interfaces';
import type { CentreAddress } from '../../shared/decision-document.ts';
import { renderPdf } from '../../shared/pdf.ts';

// Porozumienie wolontariackie (art. 44 ustawy z 24.04.2003 o działalności pożytku publicznego
// i o wolontariacie): scope, manner and time of the services (ust. 1), how it can be ended
// (ust. 3), in writing when over 30 days (ust. 4). The centre's duties from art. 45 and the
// insurance from art. 46 are stated. Paragraph numbers marked [M] in comments were not
// confirmed against the consolidated text and should be checked by the centre's lawyer.

export interface AgreementLetter {
  number: string;
  centre: CentreAddress;
  volunteer: { name: string; address: string; phone: string | null; email: string | null };
  concludedOn: string;
  validFrom: string;
  validTo: string | null;
  scope: string;
  place: string;
  hours: string;
  travelCosts: boolean;
  noticeDays: number;
  signedForCentre: string;
  extraTerms: string | null;
}

const LAW = 'ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie';
const BLANK = '…………………………………………';

/** Art. 44 ust. 3 [M]: the agreement states how it can be terminated. */
const notice = (days: number | undefined) =>
  `Każda ze stron może rozwiązać porozumienie ${
    days === undefined
      ? `z zachowaniem okresu wypowiedzenia wynoszącego ${BLANK} dni`
      : days === 0
        ? 'w każdym czasie'
        : `z zachowaniem okresu wypowiedzenia wynoszącego ${days} ${days === 1 ? 'dzień' : 'dni'}`
  }, a z ważnych przyczyn — ze skutkiem natychmiastowym. Rozwiązanie wymaga formy pisemnej lub dokumentowej.`;

const para = (n: number, title: string, body: Content): Content[] => [
  { text: `§ ${n}. ${title}`, bold: true, margin: [0, 10, 0, 3] },
  typeof body === 'string' ? { text: body, alignment: 'justify' } : body,
];

/** The agreement as PDF; `null` prints the blank form published for download. */
export function volunteerAgreementPdf(a: AgreementLetter | null): Promise<Buffer> {
  const v = (s: string | null | undefined) => s ?? BLANK;
  const c = a?.centre;
  const centreAddress = c
    ? `${c.street ?? ''} ${c.building ?? ''}, ${c.postalCode ?? ''} ${c.city ?? ''}`.trim()
    : BLANK;
  const period = a
    ? a.validTo
      ? `od ${polishDate(a.validFrom)} r. do ${polishDate(a.validTo)} r.`
      : `od ${polishDate(a.validFrom)} r. na czas nieokreślony`
    : `od ${BLANK} do ${BLANK}`;
  // Art. 46 ust. 1 pkt 4 [M]: up to 30 days the centre insures against accidents; longer, the
  // accident-at-work insurance act covers the volunteer.
  const insurance = !a
    ? 'Korzystający ubezpiecza Wolontariusza od następstw nieszczęśliwych wypadków, jeżeli porozumienie zawarto na okres nie dłuższy niż 30 dni; przy dłuższym okresie Wolontariuszowi przysługują świadczenia z ustawy z dnia 30 października 2002 r. o ubezpieczeniu społecznym z tytułu wypadków przy pracy i chorób zawodowych (art. 46 ust. 1 pkt 4 ustawy).'
    : needsAccidentInsurance(a)
      ? 'Porozumienie zawarto na okres nie dłuższy niż 30 dni: Korzystający ubezpiecza Wolontariusza od następstw nieszczęśliwych wypadków (art. 46 ust. 1 pkt 4 ustawy).'
      : 'Porozumienie zawarto na okres dłuższy niż 30 dni: Wolontariuszowi przysługują świadczenia z ustawy z dnia 30 października 2002 r. o ubezpieczeniu społecznym z tytułu wypadków przy pracy i chorób zawodowych (art. 46 ust. 1 pkt 4 ustawy).';
  const costs =
    !a || a.travelCosts
      ? 'Korzystający pokrywa, na zasadach dotyczących pracowników, koszty podróży służbowych i diet związanych z wykonywaniem świadczeń (art. 45 ust. 1 pkt 4 ustawy).'
      : 'Wolontariusz zwalnia Korzystającego z obowiązku pokrycia kosztów podróży służbowych i diet (art. 45 ust. 4 ustawy).';
  const sections: Content[] = [
    ...para(
      1,
      'Zakres świadczeń',
      `Wolontariusz wykonuje na rzecz Korzystającego, dobrowolnie i bez wynagrodzenia, następujące świadczenia: ${v(a?.scope)}.`,
    ),
    ...para(
      2,
      'Sposób i czas wykonywania świadczeń',
      `Miejsce wykonywania świadczeń: ${v(a?.place)}. Czas: ${v(a?.hours)}. Porozumienie obowiązuje ${period}`,
    ),
    ...para(3, 'Obowiązki Korzystającego', {
      ol: [
        'Korzystający informuje Wolontariusza o ryzyku dla zdrowia i bezpieczeństwa związanym z wykonywanymi świadczeniami oraz o zasadach ochrony przed zagrożeniami, a także zapewnia mu bezpieczne i higieniczne warunki wykonywania świadczeń (art. 45 ust. 1 ustawy).',
        costs,
        insurance,
        'Na wniosek Wolontariusza Korzystający wydaje pisemne zaświadczenie o wykonaniu świadczeń, a także pisemną opinię o ich wykonywaniu (art. 44 ust. 5 ustawy).',
      ],
    }),
    ...para(
      4,
      'Obowiązki Wolontariusza',
      'Wolontariusz wykonuje świadczenia osobiście, z należytą starannością, zgodnie z ustaleniami z koordynatorem wolontariatu, oraz zachowuje w tajemnicy wszelkie informacje o osobach i rodzinach, z którymi styka się przy wykonywaniu świadczeń, także po rozwiązaniu porozumienia.',
    ),
    ...(a?.extraTerms ? para(5, 'Postanowienia dodatkowe', a.extraTerms) : []),
    ...para(a?.extraTerms ? 6 : 5, 'Rozwiązanie porozumienia', notice(a?.noticeDays)),
    ...para(
      a?.extraTerms ? 7 : 6,
      'Postanowienia końcowe',
      `W sprawach nieuregulowanych porozumieniem stosuje się przepisy ${LAW} oraz Kodeksu cywilnego. Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.`,
    ),
  ];
  return renderPdf({
    info: {
      title: a ? `Porozumienie wolontariackie ${a.number}` : 'Porozumienie wolontariackie — wzór',
      author: c?.name ?? '',
    },
    content: [
      {
        text: `${v(c?.city)}, dnia ${a ? `${polishDate(a.concludedOn)} r.` : BLANK}`,
        alignment: 'right',
        margin: [0, 0, 0, 12],
      },
      { text: 'POROZUMIENIE WOLONTARIACKIE', fontSize: 14, bold: true, alignment: 'center' },
      { text: a ? `nr ${a.number}` : `nr ${BLANK}`, alignment: 'center', margin: [0, 2, 0, 12] },
      {
        text: `zawarte w dniu ${a ? `${polishDate(a.concludedOn)} r.` : BLANK} na podstawie art. 44 ${LAW} pomiędzy:`,
        alignment: 'justify',
      },
      {
        text: [
          { text: v(c?.name), bold: true },
          `, ${centreAddress}, zwanym dalej „Korzystającym”, reprezentowanym przez: ${v(a?.signedForCentre)},`,
        ],
        margin: [0, 6, 0, 0],
      },
      { text: 'a', margin: [0, 4, 0, 4] },
      {
        text: [
          { text: v(a?.volunteer.name), bold: true },
          `, zamieszkałym/ą: ${v(a?.volunteer.address)}`,
          a?.volunteer.phone ? `, tel. ${a.volunteer.phone}` : '',
          a?.volunteer.email ? `, e-mail: ${a.volunteer.email}` : '',
          ', zwanym/ą dalej „Wolontariuszem”.',
        ],
      },
      ...sections,
      {
        columns: [
          { text: '\n\n……………………………………\nWolontariusz', alignment: 'center' },
          {
            text: `\n\n……………………………………\nKorzystający${a ? `\n${a.signedForCentre}` : ''}`,
            alignment: 'center',
          },
        ],
        margin: [0, 30, 0, 0],
      },
    ],
  });
}
