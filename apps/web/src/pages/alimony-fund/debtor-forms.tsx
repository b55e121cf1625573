import {
  BookRepayment,
  type Debtor,
  type DebtorNotice,
  NOTICE_KINDS,
  REPAYMENT_SOURCES,
  RecordNotice,
  RegisterDebtor,
} from '@ostoja/domain/alimony-fund/debtor';
import { Link, useNavigate } from 'react-router-dom';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, TextAreaField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { grosze } from '../family-benefits/member-income.tsx';
import { useDebtorOfApplication, useDebtorSaved } from './debtor-queries.ts';

// The debtor register's forms: entering the debtor of a granted application, booking a sum
// received, and entering a notice to or from the other gmina. Each is checked by the domain schema
// before it is sent; the server's 400 fields land on the same fields.

/** On a granted application: its debtor in the register, or the form that enters them. */
export function ApplicationDebtor({
  applicationId,
  canManage,
}: {
  applicationId: string;
  canManage: boolean;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useDebtorSaved();
  const existing = useDebtorOfApplication(applicationId, true);
  const f = useEditForm({
    schema: RegisterDebtor,
    defaultValues: { pesel: '', gmina: '', resident: false },
    toBody: (v) => ({ applicationId, pesel: v.pesel.trim() || null, gmina: v.gmina, resident: v.resident }),
    save: alimonyDebtorsApi.register,
    onSaved: (d: Debtor) => {
      saved(d);
      navigate(`/alimony-fund/debtors/${d.id}`);
    },
  });
  const found = existing.data?.items[0];
  if (found)
    return (
      <p>
        <Link to={`/alimony-fund/debtors/${found.id}`}>{t('ad.openDebtor', { number: found.number })}</Link>
      </p>
    );
  if (!canManage || !existing.data) return null;
  return (
    <section className="card" aria-labelledby="ad-register">
      <h2 id="ad-register">{t('ad.register')}</h2>
      <p>{t('ad.registerLead')}</p>
      <EditForm form={f} submitLabel={t('ad.register')}>
        <TextField label={t('ad.pesel')} {...f.bind('pesel')} inputMode="numeric" />
        <TextField label={t('ad.gmina')} {...f.bind('gmina')} required />
        <CheckboxField label={t('ad.resident')} {...f.tick('resident')} />
      </EditForm>
    </section>
  );
}

export function RepaymentForm({ debtorId, onSaved }: { debtorId: string; onSaved(d: Debtor): void }) {
  const { t } = useI18n();
  const source: (typeof REPAYMENT_SOURCES)[number] = 'bailiff';
  const defaults = { receivedOn: todayIso(), amount: '', source, reference: '' };
  const f = useEditForm({
    schema: BookRepayment,
    defaultValues: defaults,
    toBody: (v) => ({ ...v, amount: grosze(v.amount) }),
    save: (body) => alimonyDebtorsApi.bookRepayment(debtorId, body),
    reset: () => defaults,
    onSaved,
  });
  return (
    <FormCard headingId="ad-book" title={t('ad.book')} form={f} submitLabel={t('ad.book')}>
      <TextField label={t('ad.receivedOn')} type="date" {...f.bind('receivedOn')} required />
      <TextField label={t('ad.amountZl')} inputMode="decimal" {...f.bind('amount')} required />
      <ListSelect
        label={t('ad.source')}
        {...f.bind('source')}
        values={REPAYMENT_SOURCES}
        prefix="ad.source"
      />
      <TextField label={t('ad.reference')} {...f.bind('reference')} required />
    </FormCard>
  );
}

export function NoticeForm({
  debtorId,
  gmina,
  onSaved,
}: {
  debtorId: string;
  gmina: string;
  onSaved(n: DebtorNotice): void;
}) {
  const { t } = useI18n();
  const defaults = { kind: 'actionsTaken', direction: 'incoming', gmina, receivedOn: todayIso(), note: '' };
  const f = useEditForm({
    schema: RecordNotice,
    defaultValues: defaults,
    toBody: (v) => ({
      kind: v.kind as (typeof NOTICE_KINDS)[number],
      direction: v.direction as 'incoming' | 'outgoing',
      gmina: v.gmina,
      ...(v.direction === 'incoming' ? { receivedOn: v.receivedOn } : {}),
      note: v.note,
    }),
    save: (body) => alimonyDebtorsApi.recordNotice(debtorId, body),
    reset: () => defaults,
    onSaved,
  });
  return (
    <>
      <h3>{t('ad.recordNotice')}</h3>
      <EditForm form={f} submitLabel={t('ad.recordNotice')}>
        <ListSelect label={t('ad.noticeKind')} {...f.bind('kind')} values={NOTICE_KINDS} prefix="ad.notice" />
        <ListSelect
          label={t('ad.direction')}
          {...f.bind('direction')}
          values={['incoming', 'outgoing']}
          prefix="ad.direction"
        />
        <TextField label={t('ad.noticeGmina')} {...f.bind('gmina')} required />
        {f.values.direction === 'incoming' ? (
          <TextField label={t('ad.noticeOn')} type="date" {...f.bind('receivedOn')} required />
        ) : null}
        <TextAreaField label={t('ad.note')} {...f.bind('note')} />
      </EditForm>
    </>
  );
}
