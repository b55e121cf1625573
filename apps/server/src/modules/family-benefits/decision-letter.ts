import { formatMoney } from '@ostoja/domain/benefits/explanation';
import type { BenefitItem } from '@ostoja/domain/family-benefits/calculator';
import { t } from '@ostoja/domain/i18n/index';
import { politeName } from '@ostoja/domain/shared/declension';
import { polishDate } from '@ostoja/domain/shared/today';
import type { Content } from 'pdfmake/interfaces';
import type { StaffContext } from '../../http/context.ts';
import { documentRead } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { decisionDocument } from '../../shared/decision-document.ts';
import * as applicationsRepo from '../applications/repo.ts';
import { decisionFilename, decisionHeader } from '../registry/decision-recipient.ts';
import * as repo from './repo.ts';
import { load } from './service.ts';

// The family benefit decision letter on the centre's letterhead (shared/decision-document.ts): the
// number from the family benefits' register, the basis in the usr, the zasiłek and each dodatek of
// the first month, the schedule, and what a change ruled on the decision it amends.

const zl = (g: number) => formatMoney(g, 'pl');

/** Art. 25 and art. 30 usr, printed on every family benefit decision. */
const FAMILY_BENEFIT_DUTIES =
  'Osoba pobierająca świadczenia rodzinne jest obowiązana niezwłocznie powiadomić organ wypłacający świadczenia o każdej zmianie liczby członków rodziny, uzyskaniu dochodu i innych zmianach mających wpływ na prawo do świadczeń (art. 25 ustawy o świadczeniach rodzinnych). Świadczenia nienależnie pobrane podlegają zwrotowi wraz z odsetkami ustawowymi (art. 30 ustawy o świadczeniach rodzinnych).';

interface Calculation {
  items?: BenefitItem[];
  explanation?: { article: string; text: string }[];
  undue?: { month: string; amount: number }[];
}

/** The letter of a family benefit decision; reading it is logged like any read of the family. */
export async function decisionLetter(ctx: StaffContext, decisionId: string) {
  const applicationId = await repo.applicationOfDecision(ctx.q, decisionId);
  const d = applicationId ? await applicationsRepo.findDecision(ctx.q, decisionId) : null;
  // Family benefits are never suspended by a decision (the schedule's plain suspension holds them).
  if (!applicationId || !d || d.outcome === 'suspend') throw notFound();
  const a = await load(ctx, applicationId);
  const header = await decisionHeader(ctx, a.applicantId, a.householdId);
  const person = header.recipient;
  await ctx.audit(
    documentRead('decision', decisionId, [header.personId], {
      document: 'pdf',
      familyBenefitApplicationId: a.id,
    }),
  );
  const calc = (d.calculation ?? {}) as Calculation;
  const toWhom = politeName(person.firstName, person.surname, person.sex, 'dative');
  const whose = politeName(person.firstName, person.surname, person.sex, 'genitive');
  const period =
    d.periodFrom && d.periodTo
      ? ` na okres od ${polishDate(d.periodFrom)} r. do ${polishDate(d.periodTo)} r.`
      : '';
  const items = (calc.items ?? []).map((x) => [
    t('pl', `familyBenefits.kind.${x.kind}`),
    a.members[x.personIndex]?.name ?? '',
    x.period === 'monthly' ? 'miesięcznie' : 'jednorazowo',
    zl(x.amount),
  ]);
  const rulings: Record<Exclude<typeof d.outcome, 'suspend'>, Content> = {
    grant: {
      text: [
        d.kind === 'change' ? `zmienić decyzję nr ${d.amendsNumber ?? ''} w ten sposób, że ` : '',
        'przyznać ',
        { text: toWhom, bold: true },
        ' zasiłek rodzinny wraz z dodatkami w kwocie ',
        { text: zl(d.amount), bold: true },
        ` miesięcznie${period}, w tym:`,
      ],
    },
    refuse: {
      text: ['odmówić ', { text: toWhom, bold: true }, ' przyznania zasiłku rodzinnego wraz z dodatkami.'],
    },
    revoke: {
      text: [
        `uchylić decyzję nr ${d.amendsNumber ?? ''} przyznającą `,
        { text: toWhom, bold: true },
        ` zasiłek rodzinny wraz z dodatkami — od dnia ${d.periodFrom ? polishDate(d.periodFrom) : ''} r.`,
      ],
    },
  };
  const table = (head: string[], body: string[][]): Content => ({
    table: { headerRows: 1, widths: head.map(() => 'auto'), body: [head, ...body] },
    layout: 'lightHorizontalLines',
    margin: [0, 6, 0, 0],
  });
  const after: Content[] = [];
  if (d.outcome === 'grant' && items.length)
    after.push(table(['Świadczenie', 'Na osobę', 'Okres', 'Kwota'], items));
  if (d.outcome === 'grant' && d.schedule.length)
    after.push(
      { text: 'Harmonogram wypłat:', margin: [0, 8, 0, 2] },
      table(
        ['Miesiąc', 'Kwota'],
        d.schedule.map((s) => [s.month, zl(s.amount)]),
      ),
    );
  if (calc.undue?.length) {
    const total = calc.undue.reduce((s, x) => s + x.amount, 0);
    after.push({
      text: `Za miesiące ${calc.undue.map((x) => x.month).join(', ')} wypłacono świadczenia wyższe niż przysługujące o łącznie ${zl(total)}; kwota ta stanowi świadczenie nienależnie pobrane, którego zwrot ustala odrębna decyzja (art. 30 ustawy o świadczeniach rodzinnych).`,
      margin: [0, 8, 0, 0],
    });
  }
  const pdf = await decisionDocument({
    ...header,
    number: d.number,
    decidedOn: d.decidedOn,
    preamble: `Na podstawie art. 104 Kodeksu postępowania administracyjnego oraz ${d.legalBasis}, po rozpatrzeniu wniosku ${whose} nr ${a.number} z dnia ${polishDate(a.submittedOn)} r. o ustalenie prawa do zasiłku rodzinnego wraz z dodatkami,`,
    ruling: rulings[d.outcome],
    afterRuling: after,
    justification: d.justification,
    explanationTitle: 'Ustalenie dochodu rodziny i kwot świadczeń:',
    explanation: calc.explanation ?? [],
    notices: [FAMILY_BENEFIT_DUTIES],
    signatory: {
      name: d.signedByName,
      jobTitle: d.signatoryJobTitle,
      authorisation: d.signatoryAuthorisation,
    },
  });
  return { pdf, filename: decisionFilename(d.number) };
}
