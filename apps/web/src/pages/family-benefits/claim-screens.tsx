import type { Household } from '@ostoja/domain/registry/household';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import type { ClaimModule } from './claim-module.ts';
import { Calculation, Decision, DecisionForm } from './decision-parts.tsx';
import {
  FamilyFields,
  type IncomeValues,
  incomeBody,
  incomeMembersOf,
  useRegistryFamily,
} from './member-income.tsx';

// The list and the application page of a benefit claimed on one application (family benefits,
// the alimony fund): what both show the same way, with each module's own columns and parts.

interface Summary {
  id: string;
  number: string;
  applicantName: string;
  submittedOn: string;
  period: string;
  status: string;
  incomePerPerson: number;
}

/** The applications, newest first; `own` columns follow the applicant's. */
export function ClaimList<A extends { id: string; status: string }, S extends Summary>({
  m,
  own = [],
  links,
}: {
  m: ClaimModule<A, S>;
  own?: Column<S>[];
  /** The module's own links under the "new application" button (e.g. a register). */
  links?: ReactNode;
}) {
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const list = useCursorQuery(m.keys.list, (after, signal) => m.api.list({ after, limit: 50 }, signal));
  const s = m.strings;
  const columns: Column<S>[] = [
    linkColumn(
      'number',
      t('fb.number'),
      (a) => a.number,
      (a) => `${m.path}/${a.id}`,
    ),
    textColumn<Summary>('applicantName', t('fb.applicant'), 'applicant'),
    ...own,
    dateColumn<Summary>('submittedOn', t('fb.submittedOn'), date),
    { key: 'period', header: t(`${s}.period`), cell: (a) => a.period },
    { key: 'income', header: t('fb.incomePerPerson'), cell: (a) => money(a.incomePerPerson) },
    {
      key: 'status',
      header: t('fb.status'),
      cell: (a) => <StatusBadge tone={m.tone(a.status)}>{tk(`${s}.status`, a.status)}</StatusBadge>,
      sortValue: (a) => a.status,
    },
  ];
  return (
    <Page title={t(`${s}.title`)} lead={t(`${s}.lead`)}>
      <NewLink to={`${m.path}/new`} allowed={can(m.can.write)}>
        {t(`${s}.new`)}
      </NewLink>
      {links}
      <ListTable empty={t(`${s}.none`)} caption={t(`${s}.title`)} columns={columns} list={list} />
    </Page>
  );
}

interface Application {
  id: string;
  number: string;
  applicantName: string;
  status: string;
  period: string;
  baseYear: number;
  familyMonthlyIncome: number;
  incomePerPerson: number;
  members: { personId: string; name: string; birthDate: string; role: string }[];
  calculation: Parameters<typeof Calculation>[0]['c'];
  decision: Parameters<typeof Decision>[0]['d'] | null;
}

/** The module's own parts of the application page (plain elements, no hooks). */
interface OwnParts<A extends Application> {
  facts?: ReactNode;
  member?: (x: A['members'][number]) => ReactNode;
  /** Shown above the right computed. */
  notice?: ReactNode;
  /** Forms shown before the decision's. */
  forms?: ReactNode;
  /** What follows the decision (e.g. the alimony fund's debtor). */
  after?: ReactNode;
}

/** One application: its facts, the family, the right for the first month, the decision. */
export function ClaimPage<A extends Application, S extends { status: A['status'] }>({
  m,
  own,
}: {
  m: ClaimModule<A, S>;
  own: (a: A, saved: (a: A) => void) => OwnParts<A>;
}) {
  const id = useRouteId();
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const q = m.useApplication(id);
  const saved = m.useSaved();
  const a = q.data;
  if (q.error || !a) return <Pending query={q} />;
  const s = m.strings;
  const p = own(a, saved);
  return (
    <Page title={`${t(`${s}.title`)}: ${a.number}`}>
      <dl className="facts">
        <dt>{t('fb.applicant')}</dt>
        <dd>{a.applicantName}</dd>
        <dt>{t('fb.status')}</dt>
        <dd>
          <StatusBadge tone={m.tone(a.status)}>{tk(`${s}.status`, a.status)}</StatusBadge>
        </dd>
        <dt>{t(`${s}.period`)}</dt>
        <dd>{a.period}</dd>
        <dt>{t('fb.baseYear')}</dt>
        <dd>{a.baseYear}</dd>
        <dt>{t('fb.familyIncome')}</dt>
        <dd>{money(a.familyMonthlyIncome)}</dd>
        <dt>{t('fb.incomePerPerson')}</dt>
        <dd>{money(a.incomePerPerson)}</dd>
        {p.facts}
      </dl>
      <h2>{t('fb.family')}</h2>
      <ul>
        {a.members.map((x) => (
          <li key={x.personId}>
            {x.name}, {date(x.birthDate)} — {tk('fb.role', x.role)}
            {p.member?.(x)}
          </li>
        ))}
      </ul>
      {p.notice}
      <Calculation c={a.calculation} />
      {p.forms}
      {a.status === 'complete' && can(m.can.decide) ? (
        <DecisionForm save={(body) => m.api.decide(a.id, body)} onSaved={saved} />
      ) : null}
      {a.decision ? <Decision d={a.decision} /> : null}
      {p.after}
    </Page>
  );
}

/**
 * An application form's state: the edit form (saved through the module's client, then its page
 * opens), the family picked from the registry and a setter by path. A new application is filed
 * today with no family yet; `start` and `memberStart` are the module's own values beside those.
 */
export function useClaimForm<V extends ClaimValues<ClaimMember>, S extends z.ZodType, A extends Application>(
  m: ClaimModule<A, { status: A['status'] }>,
  {
    start,
    memberStart,
    ...opts
  }: {
    schema: S;
    start: Omit<V, keyof ClaimValues<ClaimMember>>;
    memberStart: Omit<V['members'][number], keyof ClaimMember>;
    toBody(values: V): z.input<S>;
    save(body: z.input<S>): Promise<A>;
  },
) {
  const navigate = useNavigate();
  const saved = m.useSaved();
  const [membersOf] = useState(() => claimMembers(memberStart));
  const f = useEditForm({
    ...opts,
    defaultValues: claimValues(start) as V,
    onSaved: (a) => {
      saved(a);
      navigate(`${m.path}/${a.id}`);
    },
  });
  const family = useRegistryFamily(f.form, membersOf);
  const set = (path: string, value: unknown) => f.form.setValue(path as never, value as never);
  return { f, family, set, v: f.values };
}

/** A member on an application form: the income, the disability certificate and schooling. */
export interface ClaimMember extends IncomeValues {
  disabilityCertificate: boolean;
  inSchool: boolean;
}
/** What every application form holds; a module's form adds its own values. */
export interface ClaimValues<M extends ClaimMember> {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  members: M[];
}

/** An empty application filed today, with the module's `own` starting values. */
function claimValues<M extends ClaimMember, O>(own: O): ClaimValues<M> & O {
  return { householdId: '', applicantId: '', submittedOn: todayIso(), members: [], ...own };
}

/** The household's members as a form's members, with the module's `own` starting values. */
function claimMembers<O>(own: O) {
  return (h: Household): (ClaimMember & O)[] =>
    incomeMembersOf(h).map((m) => ({ ...m, disabilityCertificate: false, inSchool: false, ...own }));
}

/** The request's common part: the family and each member's facts, `own` adding a member's module fields. */
export function claimBody<M extends ClaimMember, X extends object>(v: ClaimValues<M>, own: (m: M) => X) {
  return {
    householdId: v.householdId,
    applicantId: v.applicantId,
    submittedOn: v.submittedOn,
    members: v.members.map((m) => ({
      personId: m.personId,
      role: m.role,
      disabilityCertificate: m.disabilityCertificate,
      inSchool: m.inSchool,
      ...own(m),
      ...incomeBody(m),
    })),
  };
}

/** A new application's page: the family with each member's `own` fields, then the module's `children`. */
export function ClaimFormPage<M extends ClaimMember>({
  title,
  lead,
  claim: { f, family, set, v },
  pickerError = f.errors.applicantId ?? f.errors.householdId,
  own,
  children,
}: {
  title: string;
  lead: string;
  claim: {
    f: Parameters<typeof EditForm>[0]['form'];
    family: Parameters<typeof FamilyFields>[0]['family'];
    set(path: string, value: unknown): void;
    v: ClaimValues<M>;
  };
  pickerError?: string | undefined;
  own(m: M, i: number): ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Page title={title} lead={lead}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <FamilyFields
          family={family}
          submittedOn={v.submittedOn}
          members={v.members}
          errors={f.errors}
          pickerError={pickerError}
          set={set}
          own={own}
        />
        {children}
      </EditForm>
    </Page>
  );
}
