import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import { ChargeNoteInput, type FosterChild } from '@ostoja/domain/family-support/foster-care';
import { fosterCareApi } from '../../api/family-support.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { useFamilySupportSaved, useFosterChild } from './queries.ts';

/** Złoty as typed ("4 123,45") to grosze; NaN lets the schema refuse it. */
const grosze = (s: string) => parseZloty(s) ?? Number.NaN;

function NoteForm({ child, onSaved }: { child: FosterChild; onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: ChargeNoteInput,
    defaultValues: { month: '', number: '', cost: '', charged: '' },
    toBody: (v) => ({
      month: v.month,
      number: v.number,
      costGrosze: grosze(v.cost),
      chargedGrosze: grosze(v.charged),
    }),
    save: (body) => fosterCareApi.addNote(child.id, body),
    onSaved: () => {
      f.reset({ month: '', number: '', cost: '', charged: '' });
      onSaved();
    },
  });
  const field = (name: 'month' | 'number' | 'cost' | 'charged', path: string, type = 'text') => (
    <TextField {...f.bind(name, path)} label={t(`fc.note.${name}`)} type={type} required />
  );
  return (
    <FormCard headingId="fc-note-h" title={t('fc.note.add')} form={f} submitLabel={t('fc.note.submit')}>
      {field('month', 'month', 'month')}
      {field('number', 'number')}
      {field('cost', 'costGrosze')}
      {field('charged', 'chargedGrosze')}
    </FormCard>
  );
}

export function FosterChildPage() {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const child = useFosterChild(useRouteId());
  const saved = useFamilySupportSaved();
  if (child.error || !child.data) return <Pending query={child} />;
  const c = child.data;
  return (
    <Page title={listName(c)} lead={t('fc.childLead', { date: date(c.placedOn), year: c.yearOfCare })}>
      <Facts
        items={[
          [t('fc.placement'), `${t(`fc.kind.${c.placementKind}`)}: ${c.placementName} (${c.powiat})`],
          [t('fc.placedOn'), date(c.placedOn)],
        ]}
      />
      <ColumnTable
        caption={t('fc.notes')}
        rows={c.notes}
        columns={[
          { key: 'month', header: t('fc.note.month'), cell: (n) => n.month },
          { key: 'number', header: t('fc.note.number'), cell: (n) => n.number },
          { key: 'cost', header: t('fc.note.cost'), cell: (n) => money(n.costGrosze), className: 'num' },
          {
            key: 'charged',
            header: t('fc.note.charged'),
            cell: (n) => money(n.chargedGrosze),
            className: 'num',
          },
          {
            key: 'expected',
            header: t('fc.expected'),
            cell: (n) => money(n.expectedGrosze),
            className: 'num',
          },
          {
            key: 'check',
            header: t('fc.check'),
            cell: (n) =>
              n.discrepancy ? (
                <StatusBadge tone="overdue">
                  {t('fc.difference', { amount: money(n.differenceGrosze) })}
                </StatusBadge>
              ) : (
                <StatusBadge tone="ok">{t('fc.consistent')}</StatusBadge>
              ),
          },
        ]}
      />
      {can('fosterCare.manage') ? (
        <NoteForm
          child={c}
          onSaved={() => {
            child.refetch();
            saved.fosterCare();
          }}
        />
      ) : null}
    </Page>
  );
}
