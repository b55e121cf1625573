import {
  AddProgramme,
  AddSpending,
  FIGURES,
  MONEY_FIGURES,
  type Programme,
  type ProgrammeReport,
} from '@ostoja/domain/alcohol-commission/programme';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import {
  DateField,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
  YearField,
} from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { parseZloty, zloty } from '../benefits/money.ts';
import { G1Form } from './g1-form.tsx';

// The municipal programme's year: its tasks and spending from the permit fees, and the yearly
// report (figures counted from the data, PARPA-G1 by section) with its XLSX.

const key = (year: number) => ['alcohol-commission', 'programme', year] as const;

/** "Title; 12 000,00" per line: the programme's tasks with their budget lines. */
const taskLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const at = l.lastIndexOf(';');
      return at < 0
        ? { title: l, budget: Number.NaN }
        : { title: l.slice(0, at).trim(), budget: parseZloty(l.slice(at + 1)) ?? Number.NaN };
    });

function ProgrammeForm({ year, onSaved }: { year: number; onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: AddProgramme,
    defaultValues: { resolution: '', permitFees: '', tasks: '' },
    toBody: (v) => ({
      year,
      resolution: v.resolution,
      permitFees: zloty(v.permitFees, undefined as unknown as number),
      tasks: taskLines(v.tasks),
    }),
    save: alcoholCommissionApi.addProgramme,
    onSaved,
  });
  return (
    <EditForm form={f} submitLabel={t('programme.add')}>
      <TextField label={t('programme.resolution')} required {...f.bind('resolution')} />
      <MoneyField label={t('programme.permitFees')} {...f.bind('permitFees')} />
      <TextAreaField
        label={t('programme.tasks')}
        hint={t('programme.tasksHint')}
        required
        {...f.bind('tasks')}
      />
    </EditForm>
  );
}

function SpendingForm({ programme, onSaved }: { programme: Programme; onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: AddSpending,
    defaultValues: {
      taskId: programme.tasks[0]?.id ?? '',
      spentOn: todayIso(),
      amount: '',
      description: '',
    },
    toBody: (v) => ({ ...v, amount: zloty(v.amount, undefined as unknown as number) }),
    save: (body) => alcoholCommissionApi.addSpending(programme.year, body),
    reset: true,
    onSaved: () => onSaved(),
  });
  return (
    <EditForm form={f} submitLabel={t('programme.spend')}>
      <SelectField
        label={t('programme.task')}
        options={programme.tasks.map((x) => ({ value: x.id, label: `${x.position}. ${x.title}` }))}
        {...f.bind('taskId')}
      />
      <DateField label={t('programme.spentOn')} {...f.bind('spentOn')} />
      <MoneyField label={t('programme.amount')} {...f.bind('amount')} />
      <TextField label={t('programme.description')} required {...f.bind('description')} />
    </EditForm>
  );
}

function Report({ report, onSaved }: { report: ProgrammeReport; onSaved(): void }) {
  const { t, tk, money } = useI18n();
  const value = (k: (typeof FIGURES)[number], v: number) =>
    MONEY_FIGURES.includes(k) ? money(v) : k === 'groupMinutes' ? String(v / 60) : String(v);
  return (
    <Section id="programme-report" title={t('programme.report')}>
      <p>
        <a
          href={alcoholCommissionApi.programmeXlsxUrl(report.year)}
          download={`program-alkoholowy-${report.year}.xlsx`}
        >
          {t('programme.xlsx')}
        </a>
      </p>
      <ColumnTable
        caption={t('programme.figures')}
        compact
        rows={FIGURES}
        rowKey={(k) => k}
        columns={[
          { key: 'figure', header: t('programme.figure'), cell: (k) => tk('alcoholProgramme.figure', k) },
          { key: 'value', header: t('programme.value'), cell: (k) => value(k, report.figures[k] ?? 0) },
        ]}
      />
      <h2>{t('programme.g1')}</h2>
      <p>{t('programme.g1Lead')}</p>
      {report.g1.map((s) => (
        <DataTable key={s.key} caption={s.title} compact>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>
                  {r.value === null
                    ? t('programme.notEntered')
                    : s.key === 'finance'
                      ? money(r.value)
                      : String(r.value)}
                  {r.entered ? ` (${t('programme.entered')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ))}
      <G1Form key={report.year} report={report} onSaved={onSaved} />
    </Section>
  );
}

export function ProgrammePage() {
  const { t, money } = useI18n();
  const client = useQueryClient();
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)) - 1);
  const valid = year >= 2000 && year <= 2100;
  const programme = useQuery<Programme, ApiError>({
    queryKey: [...key(year), 'programme'],
    queryFn: ({ signal }) => alcoholCommissionApi.programme(year, signal),
    enabled: valid,
    retry: false,
  });
  const report = useQuery<ProgrammeReport, ApiError>({
    queryKey: [...key(year), 'report'],
    queryFn: ({ signal }) => alcoholCommissionApi.programmeReport(year, signal),
    enabled: valid,
  });
  const saved = () => client.invalidateQueries({ queryKey: key(year) });
  const p = programme.data;
  return (
    <Page title={t('programme.title')} lead={t('programme.lead')}>
      <YearField id="programme-year" label={t('pik.year')} year={year} onYear={setYear} />
      <Section id="programme-tasks" title={t('programme.tasksTitle')}>
        {programme.error && programme.error.status !== 404 ? (
          <LoadError error={programme.error} onRetry={() => programme.refetch()} />
        ) : null}
        {p ? (
          <>
            <p>{t('programme.summary', { resolution: p.resolution, fees: money(p.permitFees) })}</p>
            <ColumnTable
              compact
              caption={t('programme.tasksTitle')}
              rows={p.tasks}
              columns={[
                { key: 'task', header: t('programme.task'), cell: (x) => `${x.position}. ${x.title}` },
                { key: 'budget', header: t('programme.budget'), cell: (x) => money(x.budget) },
                { key: 'spent', header: t('programme.spent'), cell: (x) => money(x.spent) },
                { key: 'left', header: t('programme.left'), cell: (x) => money(x.budget - x.spent) },
              ]}
            />
            <details>
              <summary>{t('programme.spend')}</summary>
              <SpendingForm programme={p} onSaved={saved} />
            </details>
          </>
        ) : programme.error?.status === 404 ? (
          <details>
            <summary>{t('programme.add')}</summary>
            <ProgrammeForm year={year} onSaved={saved} />
          </details>
        ) : null}
      </Section>
      {report.error ? <LoadError error={report.error} onRetry={() => report.refetch()} /> : null}
      {report.data ? <Report report={report.data} onSaved={saved} /> : null}
    </Page>
  );
}
