import {
  type DebtorProceeding,
  type DebtorStep,
  RecordDebtorStep,
} from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { useQueryClient } from '@tanstack/react-query';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import type { Column } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { grosze } from '../family-benefits/member-income.tsx';
import { debtorKeys, useDebtorProceeding } from './debtor-queries.ts';
import { WholeTable } from './whole-table.tsx';

// The proceedings towards a debtor living in the gmina (art. 5 uFA) on the debtor's page: the
// steps with their documents, the state, and the form offering only the steps allowed now.

type Step = DebtorProceeding['steps'][number];

function useStepColumns(debtorId: string): Column<Step>[] {
  const { t, date } = useI18n();
  return [
    dateColumn('on', t('ad.noticeOn'), date),
    { key: 'kind', header: t('ad.step'), cell: (s) => t(`ad.step.${s.kind}`) },
    { key: 'due', header: t('ad.dueOn'), cell: (s) => (s.dueOn ? date(s.dueOn) : '') },
    {
      key: 'doc',
      header: t('ad.document'),
      cell: (s) => (
        <a href={alimonyDebtorsApi.stepPdfUrl(debtorId, s.id)} target="_blank" rel="noreferrer">
          {s.number}
        </a>
      ),
    },
    { key: 'article', header: t('ad.article'), cell: (s) => <small>{s.article}</small> },
  ];
}

function StepForm({ debtorId, allowed }: { debtorId: string; allowed: DebtorStep[] }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const defaults = {
    kind: allowed[0] ?? 'interview',
    on: todayIso(),
    interviewRefused: false,
    statementRefused: false,
    employment: '',
    monthlyIncome: '',
    assets: '',
    addressee: '',
    note: '',
  };
  const f = useEditForm({
    schema: RecordDebtorStep,
    defaultValues: defaults,
    toBody: (v) => ({
      kind: v.kind as DebtorStep,
      on: v.on,
      ...(v.kind === 'interview'
        ? {
            interviewRefused: v.interviewRefused,
            statementRefused: v.statementRefused,
            employment: v.employment,
            assets: v.assets,
            ...(v.monthlyIncome.trim() ? { monthlyIncome: grosze(v.monthlyIncome) } : {}),
          }
        : { addressee: v.addressee }),
      note: v.note,
    }),
    save: (body) => alimonyDebtorsApi.recordStep(debtorId, body),
    onSaved: (p: DebtorProceeding) => {
      client.setQueryData(debtorKeys.proceeding(debtorId), p);
      client.invalidateQueries({ queryKey: debtorKeys.deadlines });
      f.reset({ ...defaults, kind: p.allowed[0] ?? 'interview' });
    },
  });
  const interview = f.values.kind === 'interview';
  return (
    <>
      <h3>{t('ad.recordStep')}</h3>
      <EditForm form={f} submitLabel={t('ad.recordStep')}>
        <SelectField
          label={t('ad.step')}
          {...f.bind('kind')}
          options={allowed.map((k) => ({ value: k, label: t(`ad.step.${k}`) }))}
        />
        <TextField label={t('ad.noticeOn')} type="date" {...f.bind('on')} required />
        {interview ? (
          <>
            <CheckboxField label={t('ad.interviewRefused')} {...f.tick('interviewRefused')} />
            <CheckboxField label={t('ad.statementRefused')} {...f.tick('statementRefused')} />
            <TextField label={t('ad.employment')} {...f.bind('employment')} />
            <TextField label={t('ad.monthlyIncome')} inputMode="decimal" {...f.bind('monthlyIncome')} />
            <TextAreaField label={t('ad.assets')} {...f.bind('assets')} />
          </>
        ) : (
          <TextAreaField label={t('ad.addressee')} {...f.bind('addressee')} />
        )}
        <TextAreaField label={t('ad.note')} {...f.bind('note')} />
      </EditForm>
    </>
  );
}

export function ProceedingSection({ debtorId, canManage }: { debtorId: string; canManage: boolean }) {
  const { t, tk, date } = useI18n();
  const q = useDebtorProceeding(debtorId);
  const columns = useStepColumns(debtorId);
  return (
    <section className="card" aria-labelledby="ad-proceeding">
      <h2 id="ad-proceeding">{t('ad.proceeding')}</h2>
      {q.error ? <LoadError error={q.error} onRetry={() => q.refetch()} /> : null}
      {!q.data && !q.error ? <Loading /> : null}
      {q.data ? (
        <>
          <p>
            {q.data.state.evading ? <StatusBadge tone="overdue">{t('ad.evading')}</StatusBadge> : null}{' '}
            {q.data.state.licenceRetained ? (
              <StatusBadge tone="off">{t('ad.licenceRetained')}</StatusBadge>
            ) : null}{' '}
            {q.data.state.inBig ? <StatusBadge tone="off">{t('ad.inBig')}</StatusBadge> : null}{' '}
            {q.data.state.jobCentreDue ? (
              <StatusBadge tone="due-soon">
                {t('ad.jobCentreDue', { date: date(q.data.state.jobCentreDue) })}
              </StatusBadge>
            ) : null}
          </p>
          {q.data.evadingGrounds.length && !q.data.state.evading ? (
            <p>
              {t('ad.grounds')}: {q.data.evadingGrounds.map((g) => tk('ad.ground', g)).join('; ')}
            </p>
          ) : null}
          <WholeTable
            caption={t('ad.proceeding')}
            columns={columns}
            rows={q.data.steps}
            empty={t('ad.noSteps')}
          />
          {canManage ? (
            <StepForm key={q.data.allowed.join()} debtorId={debtorId} allowed={q.data.allowed} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
