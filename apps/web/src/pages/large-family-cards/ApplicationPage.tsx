import {
  ExtendLargeFamilyCard,
  type LargeFamilyCard,
  type LargeFamilyCardApplication,
  RequestElectronicCard,
} from '@ostoja/domain/family-benefits/large-family-card-api';
import { useState } from 'react';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { AskFirstButton } from '../../components/kit/ask-first-button.tsx';
import { type Column, ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { Facts } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useCardColumns } from './card-columns.tsx';
import { useKdrApplication, useKdrChanged } from './queries.ts';

type Member = LargeFamilyCardApplication['members'][number];

/** A child's card extended on a new school certificate: the end of schooling and the certificate's date. */
function ExtendForm({ card, onDone }: { card: LargeFamilyCard; onDone(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: ExtendLargeFamilyCard,
    defaultValues: { certificateOn: todayIso(), schoolUntil: '' },
    save: (body) => largeFamilyCardsApi.extend(card.id, body),
    onSaved: onDone,
  });
  return (
    <section className="card" aria-labelledby={`kdr-extend-${card.id}`}>
      <h3 id={`kdr-extend-${card.id}`}>
        {t('kdr.extend')}: {card.name}, {card.number}
      </h3>
      <EditForm form={f} submitLabel={t('kdr.extend')} onCancel={onDone}>
        <TextField {...f.bind('schoolUntil')} label={t('kdr.schoolUntil')} type="date" required />
        <TextField {...f.bind('certificateOn')} label={t('kdr.certificateOn')} type="date" required />
      </EditForm>
    </section>
  );
}

/** The electronic card for a card already issued, asked before it is ordered. */
function ElectronicRequest({ card, onDone }: { card: LargeFamilyCard; onDone(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: RequestElectronicCard,
    defaultValues: { requestedOn: todayIso() },
    save: (body) => largeFamilyCardsApi.requestElectronic(card.id, body),
    onSaved: onDone,
  });
  return (
    <AskFirstButton
      danger={false}
      label={t('kdr.requestElectronic')}
      title={`${t('kdr.requestElectronic')}: ${card.name}`}
      busy={f.busy}
      onConfirm={async (close) => {
        await f.submit();
        close();
      }}
    />
  );
}

/** An application: each member's right (and why not), the cards with their validity, extension and e-card. */
export function ApplicationPage() {
  const id = useRouteId();
  const { t, tk, date } = useI18n();
  const { can } = useAuth();
  const q = useKdrApplication(id);
  const changed = useKdrChanged();
  const [extending, setExtending] = useState<LargeFamilyCard | null>(null);
  const cardColumns = useCardColumns(false);
  if (q.error || !q.data) return <Pending query={q} />;
  const a = q.data;
  const issue = can('largeFamilyCards.issue');
  const memberColumns: Column<Member>[] = [
    textColumn('name', t('kdr.holder')),
    {
      key: 'role',
      header: t('kdr.memberRole'),
      cell: (m) => tk('kdr.role', m.role),
      sortValue: (m) => m.role,
    },
    dateColumn('birthDate', t('kdr.birthDate'), date, 'birth'),
    {
      key: 'right',
      header: t('kdr.entitled'),
      cell: (m) => (
        <StatusBadge tone={m.entitled ? 'ok' : 'off'}>
          {m.entitled ? t('kdr.entitled') : m.reason}
        </StatusBadge>
      ),
      sortValue: (m) => (m.entitled ? 1 : 0),
    },
  ];
  const columns: Column<LargeFamilyCard>[] = [
    ...cardColumns,
    {
      key: 'electronic',
      header: t('kdr.electronic'),
      cell: (c) =>
        c.electronicRequestedOn ? (
          t('kdr.electronicRequested', { date: date(c.electronicRequestedOn) })
        ) : issue ? (
          <ElectronicRequest card={c} onDone={changed} />
        ) : null,
    },
    {
      key: 'extend',
      header: t('kdr.extend'),
      cell: (c) =>
        issue && c.role === 'child' && c.validUntil ? (
          <button type="button" className="button secondary" onClick={() => setExtending(c)}>
            {t('kdr.extend')}
          </button>
        ) : null,
    },
  ];
  return (
    <Page title={`${t('kdr.title')}: ${a.number}`}>
      <Facts
        items={[
          [t('kdr.applicant'), a.applicantName],
          [t('kdr.submittedOn'), date(a.submittedOn)],
        ]}
      />
      <p>{a.familyQualifies ? t('kdr.qualifies') : t('kdr.notQualifies')}</p>
      <h2>{t('kdr.members')}</h2>
      <ColumnTable
        caption={t('kdr.members')}
        columns={memberColumns}
        rows={a.members}
        rowKey={(m) => m.personId}
      />
      <h2>{t('kdr.cards')}</h2>
      <ColumnTable caption={t('kdr.cards')} columns={columns} rows={a.issued} />
      {extending ? (
        <ExtendForm
          card={extending}
          onDone={() => {
            setExtending(null);
            changed();
          }}
        />
      ) : null}
    </Page>
  );
}
