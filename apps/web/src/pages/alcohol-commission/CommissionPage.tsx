import {
  AddMeeting,
  AddMember,
  COMMISSION_FUNCTIONS,
  type MeetingSummary,
  type Member,
} from '@ostoja/domain/alcohol-commission/commission';
import { useState } from 'react';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import {
  CheckboxField,
  DateField,
  fieldId,
  GroupError,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { parseZloty } from '../benefits/money.ts';
import { pdfColumn } from './pdf-column.tsx';
import { commissionKeys, useCommissionSaved, useMembers, usePayList } from './queries.ts';

function MembersSection({ members }: { members: Member[] }) {
  const { t, date, money } = useI18n();
  const saved = useCommissionSaved();
  const f = useEditForm({
    schema: AddMember,
    defaultValues: { fullName: '', function: 'member', termFrom: '', termTo: '', pay: '' },
    toBody: (v) => ({
      fullName: v.fullName,
      function: v.function as Member['function'],
      termFrom: v.termFrom,
      termTo: v.termTo,
      payPerMeeting: parseZloty(v.pay) ?? Number.NaN,
    }),
    save: alcoholCommissionApi.addMember,
    onSaved: () => {
      saved.members();
      f.reset();
    },
  });
  return (
    <Section id="ac-members" title={t('ac.members')}>
      <ColumnTable
        compact
        caption={t('ac.members')}
        rows={members}
        columns={[
          { key: 'fullName', header: t('ac.member.fullName'), cell: (m) => m.fullName },
          { key: 'function', header: t('ac.member.function'), cell: (m) => t(`ac.function.${m.function}`) },
          {
            key: 'term',
            header: t('ac.member.term'),
            cell: (m) => `${date(m.termFrom)} – ${date(m.termTo)}`,
            className: 'nowrap',
          },
          { key: 'pay', header: t('ac.member.pay'), cell: (m) => money(m.payPerMeeting) },
          {
            key: 'trainings',
            header: t('ac.member.trainings'),
            cell: (m) => m.trainings.map((x) => `${date(x.on)} ${x.title} (${x.hours} h)`).join('; ') || '—',
          },
        ]}
      />
      <DetailsForm summary={t('ac.member.add')} form={f}>
        <TextField {...f.bind('fullName')} label={t('ac.member.fullName')} required />
        <SelectField
          {...f.bind('function')}
          label={t('ac.member.function')}
          options={COMMISSION_FUNCTIONS.map((c) => ({ value: c, label: t(`ac.function.${c}`) }))}
        />
        {(['termFrom', 'termTo'] as const).map((k) => (
          <DateField key={k} {...f.bind(k)} label={t(`ac.member.${k}`)} />
        ))}
        <MoneyField {...f.bind('pay', 'payPerMeeting')} label={t('ac.member.pay')} />
      </DetailsForm>
    </Section>
  );
}

function MeetingForm({ members }: { members: Member[] }) {
  const { t } = useI18n();
  const saved = useCommissionSaved();
  const f = useEditForm({
    schema: AddMeeting,
    defaultValues: {
      heldOn: todayIso(),
      agenda: '',
      present: [] as string[],
      deciding: false,
      minutes: '',
      resolutions: '',
    },
    toBody: (v) => ({
      heldOn: v.heldOn,
      agenda: v.agenda,
      presentMemberIds: v.present,
      deciding: v.deciding,
      minutes: v.minutes,
      resolutions: v.resolutions || null,
    }),
    save: alcoholCommissionApi.addMeeting,
    onSaved: () => {
      saved.meetings();
      f.reset();
    },
  });
  const v = f.values;
  return (
    <DetailsForm summary={t('ac.meeting.add')} form={f}>
      <DateField {...f.bind('heldOn')} label={t('ac.meeting.heldOn')} />
      <fieldset className="wide">
        <legend>{t('ac.meeting.present')}</legend>
        <GroupError id="present-error" error={f.errors.presentMemberIds} />
        {members.map((m, i) => (
          <CheckboxField
            key={m.id}
            id={fieldId(`presentMemberIds.${i}`)}
            label={m.fullName}
            checked={v.present.includes(m.id)}
            onChecked={(on) =>
              f.form.setValue('present', on ? [...v.present, m.id] : v.present.filter((x) => x !== m.id))
            }
          />
        ))}
        {Object.entries(f.errors)
          .filter(([k]) => k.startsWith('presentMemberIds.'))
          .map(([k, m]) => (
            <p key={k} className="error">
              {m}
            </p>
          ))}
      </fieldset>
      <CheckboxField
        id={fieldId('deciding')}
        label={t('ac.meeting.deciding')}
        checked={v.deciding}
        onChecked={(on) => f.form.setValue('deciding', on)}
        error={f.errors.deciding}
      />
      {(['agenda', 'minutes', 'resolutions'] as const).map((k) => (
        <TextAreaField key={k} {...f.bind(k)} label={t(`ac.meeting.${k}`)} required={k !== 'resolutions'} />
      ))}
    </DetailsForm>
  );
}

function MeetingsSection({ members }: { members: Member[] }) {
  const { t, date } = useI18n();
  const list = useCursorQuery([...commissionKeys.meetings], (after, signal) =>
    alcoholCommissionApi.meetings({ after, limit: 20 }, signal),
  );
  const columns: Column<MeetingSummary>[] = [
    {
      key: 'heldOn',
      header: t('ac.meeting.heldOn'),
      cell: (g) => date(g.heldOn),
      sortValue: (g) => g.heldOn,
    },
    { key: 'agenda', header: t('ac.meeting.agenda'), cell: (g) => g.agenda, sortValue: (g) => g.agenda },
    {
      key: 'present',
      header: t('ac.meeting.present'),
      cell: (g) => `${g.present} / ${g.membersInTerm}${g.deciding ? ` — ${t('ac.meeting.deciding')}` : ''}`,
      sortValue: (g) => g.present,
    },
    pdfColumn('minutes', t('ac.meeting.minutes'), t('ac.meeting.minutesPdf'), date, (g) => ({
      url: alcoholCommissionApi.minutesUrl(g.id),
      file: `protokol-${g.heldOn}.pdf`,
      on: g.heldOn,
    })),
  ];
  return (
    <Section id="ac-meetings" title={t('ac.meetings')}>
      <MeetingForm members={members} />
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.items.length ? <PagedTable caption={t('ac.meetings')} columns={columns} list={list} /> : null}
    </Section>
  );
}

function PayListSection() {
  const { t, money, date } = useI18n();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const pay = usePayList(month);
  return (
    <Section id="ac-pay" title={t('ac.pay.title')}>
      <MonthField id="ac-pay-month" label={t('ac.pay.month')} value={month} onValue={setMonth} />
      {pay.error ? <LoadError error={pay.error} onRetry={() => pay.refetch()} /> : null}
      {pay.data ? (
        <>
          <ColumnTable
            caption={t('ac.pay.title')}
            compact
            rows={pay.data.rows}
            rowKey={(r) => r.memberId}
            columns={[
              { key: 'fullName', header: t('ac.member.fullName'), cell: (r) => r.fullName },
              { key: 'meetings', header: t('ac.meetings'), cell: (r) => r.meetings.map(date).join(', ') },
              { key: 'amount', header: t('ac.pay.amount'), cell: (r) => money(r.amount) },
            ]}
            foot={
              <tr>
                <th scope="row">{t('ac.pay.total')}</th>
                <td />
                <td>{money(pay.data.total)}</td>
              </tr>
            }
          />
          <a href={alcoholCommissionApi.payListPdfUrl(month)} download={`lista-${month}.pdf`}>
            {t('ac.pay.pdf')}
          </a>
        </>
      ) : null}
    </Section>
  );
}

/** The commission itself: members and their training, meetings with minutes, the month's pay list. */
export function CommissionPage() {
  const { t } = useI18n();
  const members = useMembers();
  return (
    <Page title={t('ac.commission.title')}>
      {members.error ? <LoadError error={members.error} onRetry={() => members.refetch()} /> : null}
      {members.data ? (
        <>
          <MembersSection members={members.data.items} />
          <MeetingsSection members={members.data.items} />
        </>
      ) : null}
      <PayListSection />
    </Page>
  );
}
