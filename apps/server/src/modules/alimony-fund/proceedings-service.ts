import {
  allowedSteps,
  type DebtorStep,
  evadingGrounds,
  jobCentreDeadline,
  proceedingState,
  type RecordDebtorStep,
  STEP_ARTICLE,
} from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { nextNumber } from '../../shared/register.ts';
import * as orgRepo from '../org/repo.ts';
import { debtorLetter, money } from './debtor-documents.ts';
import * as debts from './debts-repo.ts';
import * as repo from './proceedings-repo.ts';

// The proceedings towards a debtor living in the gmina (art. 5 uFA): each step a dated entry with
// its register number and document, allowed only in the state the earlier steps left. One
// transaction each.

/** Steps that send a letter or issue a decision: dated the day they are made, never earlier. */
const LETTERS: readonly DebtorStep[] = [
  'jobCentreObligation',
  'evadingDecision',
  'drivingLicenceRequest',
  'drivingLicenceLifted',
  'prosecutorNotice',
  'bigReport',
  'bigUpdate',
  'bigDeletion',
];

async function loadDebtor(ctx: StaffContext, id: string, forUpdate = false) {
  const d = await debts.find(ctx.q, id, forUpdate);
  if (!d) throw notFound();
  return d;
}

/** The log as the domain reads it: each step's kind and day with its refusals. */
const events = (rows: repo.StepRow[]) => rows.map((r) => ({ ...r.details, kind: r.kind, on: r.on }));

function view(debtorId: string, rows: repo.StepRow[], on: string) {
  const state = proceedingState(events(rows));
  return {
    debtorId,
    steps: rows.map((s) => ({ ...s, article: STEP_ARTICLE[s.kind] })),
    state,
    allowed: allowedSteps(state, on),
    evadingGrounds: evadingGrounds(state, on),
  };
}

export async function get(ctx: StaffContext, debtorId: string) {
  await loadDebtor(ctx, debtorId);
  await ctx.audit({ action: 'read', entity: 'alimonyDebtorProceeding', entityId: debtorId });
  return view(debtorId, await repo.steps(ctx.q, debtorId), todayInPoland());
}

export async function record(ctx: StaffContext, debtorId: string, body: z.output<typeof RecordDebtorStep>) {
  const d = await loadDebtor(ctx, debtorId, true);
  if (!d.resident) throw conflict('alimonyDebtor.notResident', 'error.alimonyDebtor.notResident');
  const today = todayInPoland();
  if (body.on > today) throw fieldError('on', 'validation.alimonyFund.futureDate');
  if (LETTERS.includes(body.kind) && body.on !== today)
    throw fieldError('on', 'validation.alimonyDebtor.letterToday');
  const rows = await repo.steps(ctx.q, debtorId);
  const last = rows.at(-1);
  if (last && body.on < last.on) throw fieldError('on', 'validation.alimonyDebtor.beforeLastStep');
  if (!allowedSteps(proceedingState(events(rows)), body.on).includes(body.kind))
    throw conflict('alimonyDebtor.stepNotAllowed', `error.alimonyDebtor.stepNotAllowed?step=${body.kind}`);
  const number = await nextNumber(ctx.q, 'alimonyDebtorEvent', 'DP', body.on, 4);
  const { kind, on, ...details } = body;
  const id = await repo.insertStep(
    ctx.q,
    debtorId,
    {
      number,
      kind,
      on,
      dueOn: kind === 'jobCentreObligation' ? jobCentreDeadline(on) : null,
      details: Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null && v !== undefined)),
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: 'alimonyDebtorStep',
    entityId: id,
    details: { debtorId, kind, number },
  });
  return view(debtorId, await repo.steps(ctx.q, debtorId), today);
}

const TITLES: Record<DebtorStep, string> = {
  interview: 'Protokół wywiadu alimentacyjnego i oświadczenie majątkowe',
  jobCentreObligation: 'Zobowiązanie do zarejestrowania się w powiatowym urzędzie pracy',
  jobCentreRegistered: 'Notatka: rejestracja dłużnika w powiatowym urzędzie pracy',
  evadingDecision:
    'Decyzja o uznaniu dłużnika alimentacyjnego za uchylającego się od zobowiązań alimentacyjnych',
  drivingLicenceRequest: 'Wniosek o zatrzymanie prawa jazdy dłużnika alimentacyjnego',
  drivingLicenceLifted: 'Wniosek o zwrot zatrzymanego prawa jazdy dłużnika alimentacyjnego',
  prosecutorNotice: 'Zawiadomienie o podejrzeniu popełnienia przestępstwa z art. 209 Kodeksu karnego',
  bigReport: 'Informacja gospodarcza o zobowiązaniu dłużnika alimentacyjnego',
  bigUpdate: 'Aktualizacja informacji gospodarczej o zobowiązaniu dłużnika alimentacyjnego',
  bigDeletion: 'Wniosek o usunięcie informacji gospodarczej o dłużniku alimentacyjnym',
};

function bodyOf(s: repo.StepRow, d: debts.DebtorRow, paid: number): string[] {
  const x = s.details as { [k: string]: string | number | boolean | undefined };
  const who = `${d.name}, ${d.address}${d.pesel ? `, PESEL ${d.pesel}` : ''}`;
  const lines: Record<DebtorStep, string[]> = {
    interview: [
      `Dnia ${polishDate(s.on)} r. przeprowadzono wywiad alimentacyjny z dłużnikiem alimentacyjnym: ${who}.`,
      x.interviewRefused ? 'Dłużnik uniemożliwił przeprowadzenie wywiadu.' : 'Wywiad przeprowadzono.',
      x.statementRefused
        ? 'Dłużnik odmówił złożenia oświadczenia majątkowego.'
        : `Oświadczenie majątkowe: zatrudnienie — ${x.employment ?? 'brak danych'}; dochód miesięczny — ${typeof x.monthlyIncome === 'number' ? money(x.monthlyIncome) : 'brak danych'}; majątek — ${x.assets ?? 'brak danych'}.`,
    ],
    jobCentreObligation: [
      `Zobowiązuje się dłużnika alimentacyjnego ${who} do zarejestrowania się w powiatowym urzędzie pracy jako bezrobotny albo poszukujący pracy w terminie do dnia ${polishDate(s.dueOn ?? s.on)} r.`,
    ],
    jobCentreRegistered: [`Dłużnik alimentacyjny ${who} zarejestrował się w powiatowym urzędzie pracy.`],
    evadingDecision: [
      `Uznaje się dłużnika alimentacyjnego ${who} za uchylającego się od zobowiązań alimentacyjnych.`,
      'Od decyzji przysługuje odwołanie do Samorządowego Kolegium Odwoławczego w terminie 14 dni od dnia jej doręczenia (art. 127 § 1 i art. 129 § 2 KPA).',
    ],
    drivingLicenceRequest: [
      `Wnosi się o wydanie decyzji o zatrzymaniu prawa jazdy dłużnika alimentacyjnego ${who}, uznanego decyzją za uchylającego się od zobowiązań alimentacyjnych.`,
    ],
    drivingLicenceLifted: [
      `Wnosi się o zwrot zatrzymanego prawa jazdy dłużnika alimentacyjnego ${who}: ustały przyczyny jego zatrzymania.`,
    ],
    prosecutorNotice: [
      `Zawiadamia się o podejrzeniu popełnienia przez ${who} przestępstwa niealimentacji z art. 209 § 1 Kodeksu karnego. Dłużnik został uznany za uchylającego się od zobowiązań alimentacyjnych; z funduszu alimentacyjnego wypłacono dotąd ${money(paid)}.`,
    ],
    bigReport: [
      `Przekazuje się informację gospodarczą o zobowiązaniu dłużnika alimentacyjnego ${who}: ${money(paid)}.`,
    ],
    bigUpdate: [
      `Aktualizuje się informację gospodarczą o zobowiązaniu dłużnika alimentacyjnego ${who}: ${money(paid)}.`,
    ],
    bigDeletion: [`Wnosi się o usunięcie informacji gospodarczej o dłużniku alimentacyjnym ${who}.`],
  };
  return [
    ...lines[s.kind],
    ...(x.note ? [String(x.note)] : []),
    `Podstawa prawna: ${STEP_ARTICLE[s.kind].replace(/ \[M[^\]]*\]/g, '')}.`,
  ];
}

/** A step's document as PDF. */
export async function stepPdf(ctx: StaffContext, debtorId: string, stepId: string) {
  const d = await loadDebtor(ctx, debtorId);
  const s = (await repo.steps(ctx.q, debtorId)).find((x) => x.id === stepId);
  if (!s) throw notFound();
  await ctx.audit({
    action: 'read',
    entity: 'alimonyDebtorStep',
    entityId: stepId,
    details: { debtorId, pdf: true },
  });
  const addressee = typeof s.details.addressee === 'string' ? s.details.addressee : `${d.name}\n${d.address}`;
  const pdf = await debtorLetter({
    centre: await orgRepo.centre(ctx.q),
    number: s.number,
    on: s.on,
    addressee: addressee.split('\n'),
    title: TITLES[s.kind],
    body: bodyOf(s, d, d.paid),
  });
  return { pdf, filename: `${s.number.replaceAll('/', '-')}.pdf` };
}

/** The clerk's home page: the job-centre deadlines still open, nearest first. */
export async function deadlines(ctx: StaffContext) {
  const today = todayInPoland();
  const rows = await repo.openDeadlines(ctx.q, 50);
  await ctx.audit({ action: 'list', entity: 'alimonyDebtorDeadline', details: { results: rows.length } });
  return { items: rows.map((r) => ({ ...r, overdue: r.dueOn < today })) };
}
