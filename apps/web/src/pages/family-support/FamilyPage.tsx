import {
  AssignAssistant,
  CONTACT_KINDS,
  CourtOpinionInput,
  EndAssistance,
  type FamilyAssistance,
  PlanItemInput,
  VisitInput,
} from '@ostoja/domain/family-support/assistance';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { assistanceApi } from '../../api/family-support.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { Facts } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MutationButton } from '../../components/kit/mutation-button.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { SectionFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useAssistance, useFamilySupportSaved } from './queries.ts';

function PlanForm({ a, onSaved }: { a: FamilyAssistance; onSaved(a: FamilyAssistance): void }) {
  const { t } = useI18n();
  const empty = { goal: '', action: '', deadline: '', expectedEffect: '' };
  const f = useEditForm({
    schema: PlanItemInput,
    defaultValues: empty,
    save: (body) => assistanceApi.addPlanItem(a.id, body),
    reset: true,
    onSaved,
    idPrefix: 'plan-',
  });
  const field = (name: keyof typeof empty, type = 'text') => (
    <TextField label={t(`fa.plan.${name}`)} type={type} {...f.bind(name)} required />
  );
  return (
    <SectionFormCard headingId="fa-plan-add" of="fa.plan" form={f}>
      {field('goal')}
      {field('action')}
      {field('deadline', 'date')}
      {field('expectedEffect')}
    </SectionFormCard>
  );
}

function VisitForm({ a, onSaved }: { a: FamilyAssistance; onSaved(a: FamilyAssistance): void }) {
  const { t } = useI18n();
  const empty = { visitedOn: todayIso(), kind: a.status === 'ended' ? 'monitoring' : 'homeVisit', note: '' };
  const f = useEditForm({
    schema: VisitInput,
    defaultValues: empty,
    toBody: (v) => ({ ...v, kind: v.kind as (typeof CONTACT_KINDS)[number] }),
    save: (body) => assistanceApi.addVisit(a.id, body),
    reset: true,
    onSaved: (r) => onSaved(r),
  });
  return (
    <SectionFormCard headingId="fa-visit-add" of="fa.visit" form={f}>
      <DateField label={t('fa.visit.on')} {...f.bind('visitedOn')} />
      <SelectField
        label={t('fa.visit.kind')}
        {...f.bind('kind')}
        options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`fa.kind.${k}`) }))}
      />
      <TextAreaField label={t('fa.visit.note')} {...f.bind('note')} required />
    </SectionFormCard>
  );
}

function OpinionForm({ a }: { a: FamilyAssistance }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const f = useEditForm({
    schema: CourtOpinionInput,
    defaultValues: { court: '', caseNumber: '', opinion: '' },
    save: async (body) => {
      setFailed(false);
      try {
        return await assistanceApi.courtOpinion(a.id, body);
      } catch (e) {
        setFailed(true);
        throw e;
      }
    },
    onSaved: (pdf) => window.open(URL.createObjectURL(pdf), '_blank'),
  });
  return (
    <SectionFormCard
      headingId="fa-opinion"
      title="fa.opinion"
      lead={failed ? <Alert>{t('fa.opinion.failed')}</Alert> : null}
      form={f}
    >
      <TextField label={t('fa.opinion.court')} {...f.bind('court')} required />
      <TextField label={t('fa.opinion.caseNumber')} {...f.bind('caseNumber')} required />
      <TextAreaField label={t('fa.opinion.text')} rows={8} {...f.bind('opinion')} required />
    </SectionFormCard>
  );
}

function ConsentButton({ a, onSaved }: { a: FamilyAssistance; onSaved(a: FamilyAssistance): void }) {
  const { t } = useI18n();
  const consent = useMutation<FamilyAssistance, ApiError>({
    mutationFn: () => assistanceApi.consent(a.id, { consentOn: todayIso() }),
    onSuccess: onSaved,
  });
  return (
    <p>
      <MutationButton mutation={consent} label={t('fa.consent')} />
    </p>
  );
}

/** The end of the work (goals reached, the family's refusal, a move…), and monitoring after it. */
function EndForm({ a, onSaved }: { a: FamilyAssistance; onSaved(a: FamilyAssistance): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: EndAssistance,
    defaultValues: { endedOn: todayIso(), reason: '', monitoringUntil: '' },
    toBody: (v) => ({ ...v, monitoringUntil: v.monitoringUntil || null }),
    save: (body) => assistanceApi.end(a.id, body),
    onSaved,
  });
  return (
    <details className="card">
      <summary>{t('fa.end')}</summary>
      <EditForm form={f} submitLabel={t('fa.end.submit')}>
        <DateField label={t('fa.endedOn')} {...f.bind('endedOn')} />
        <TextAreaField label={t('fa.end.reason')} {...f.bind('reason')} required />
        <DateField
          label={t('fa.end.monitoringUntil')}
          hint={t('fa.end.monitoringHint')}
          {...f.bind('monitoringUntil')}
          required={false}
        />
      </EditForm>
    </details>
  );
}

/** The head assigns an assistant; each is shown with the families they have now (limit 15). */
function AssignForm({ a, onSaved }: { a: FamilyAssistance; onSaved(a: FamilyAssistance): void }) {
  const { t } = useI18n();
  const loads = useRead(['familyAssistants'], (signal) => assistanceApi.assistants(signal));
  const f = useEditForm({
    schema: AssignAssistant,
    defaultValues: { assistantId: a.assistantId ?? '', assignedOn: todayIso() },
    save: (body) => assistanceApi.assign(a.id, body),
    onSaved: (r) => {
      loads.refetch();
      onSaved(r);
    },
  });
  return (
    <SectionFormCard headingId="fa-assign" title="fa.assign" form={f}>
      <NoneSelect
        label={t('fa.assistant')}
        {...f.bind('assistantId')}
        none="—"
        options={(loads.data?.items ?? []).map((x) => ({
          value: x.id,
          label: t('fa.assign.option', { name: x.fullName, n: x.families, max: x.limit }),
        }))}
        required
      />
      <DateField label={t('fa.assign.on')} {...f.bind('assignedOn')} />
    </SectionFormCard>
  );
}

export function FamilyPage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const q = useAssistance(useRouteId());
  const saved = useFamilySupportSaved();
  if (q.error || !q.data) return <Pending query={q} />;
  const a = q.data;
  const works = can('familySupport.work');
  return (
    <Page title={a.familyName} lead={a.address}>
      <p>
        <StatusBadge tone={a.status === 'active' ? 'ok' : a.status === 'ended' ? 'off' : 'neutral'}>
          {t(`fa.status.${a.status}`)}
        </StatusBadge>
      </p>
      <Facts
        items={[
          [t('fa.referredOn'), date(a.referredOn)],
          [
            t('fa.basis'),
            a.basis === 'court' ? `${t('fa.basis.court')} (${a.courtOrder ?? ''})` : t('fa.basis.head'),
          ],
          [t('fa.reason'), a.reason],
          [t('fa.assistant'), a.assistantName ?? '—'],
          [t('fa.consentOn'), a.consentOn ? date(a.consentOn) : '—'],
          a.endedOn
            ? [
                t('fa.endedOn'),
                <>
                  {date(a.endedOn)} — {a.endReason}
                  {a.monitoringUntil
                    ? ` (${t('fa.monitoringUntil', { date: date(a.monitoringUntil) })})`
                    : ''}
                </>,
              ]
            : null,
        ]}
      />
      {works && a.status === 'assigned' ? <ConsentButton a={a} onSaved={saved.assistance} /> : null}
      {can('familySupport.assign') && a.status !== 'ended' ? (
        <AssignForm a={a} onSaved={saved.assistance} />
      ) : null}
      <h2>{t('fa.plan')}</h2>
      {a.plan.length ? (
        <ColumnTable
          caption={t('fa.plan')}
          rows={a.plan}
          columns={[
            textColumn('goal', t('fa.plan.goal')),
            textColumn('action', t('fa.plan.action')),
            dateColumn('deadline', t('fa.plan.deadline'), date),
            textColumn('expectedEffect', t('fa.plan.expectedEffect')),
          ]}
        />
      ) : (
        <p className="empty">{t('fa.plan.none')}</p>
      )}
      {works && a.status === 'active' ? <PlanForm a={a} onSaved={saved.assistance} /> : null}
      <h2>{t('fa.visits')}</h2>
      {a.visits.length ? (
        <ul>
          {a.visits.map((v) => (
            <li key={v.id}>
              <strong>{date(v.visitedOn)}</strong> — {t(`fa.kind.${v.kind}`)}: {v.note}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('fa.visits.none')}</p>
      )}
      {works && a.status !== 'referred' ? <VisitForm a={a} onSaved={saved.assistance} /> : null}
      {works && a.status !== 'referred' ? <OpinionForm a={a} /> : null}
      {works && a.status === 'active' ? <EndForm a={a} onSaved={saved.assistance} /> : null}
    </Page>
  );
}
