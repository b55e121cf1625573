import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  type Funeral,
  FuneralInvoiceInput,
  FuneralRecoveryInput,
  RECOVERY_KINDS,
  RECOVERY_SOURCES,
} from '@ostoja/domain/funerals/funeral';
import { Link, useParams } from 'react-router-dom';
import { funeralsApi } from '../../api/funerals.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useFuneral, useFuneralsSaved } from './queries.ts';

function InvoiceForm({ funeral }: { funeral: Funeral }) {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const empty = () => ({ invoiceNumber: '', issuedOn: todayIso(), amount: '', overLimitReason: '' });
  const f = useEditForm({
    schema: FuneralInvoiceInput,
    defaultValues: empty(),
    toBody: (v) => ({
      invoiceNumber: v.invoiceNumber,
      issuedOn: v.issuedOn,
      amountGrosze: parseZloty(v.amount) ?? Number.NaN,
      overLimitReason: v.overLimitReason,
    }),
    save: (body) => funeralsApi.invoice(funeral.id, body),
    onSaved: (r) => saved.funeral(r),
  });
  const v = f.values;
  return (
    <section className="card" aria-labelledby="fun-invoice-h">
      <h2 id="fun-invoice-h">{t('fun.invoice')}</h2>
      <EditForm form={f} submitLabel={t('fun.invoiceSubmit')}>
        <div className="field-row">
          <TextField
            id={fieldId('invoiceNumber')}
            label={t('fun.invoiceNumber')}
            value={v.invoiceNumber}
            onValue={(x) => f.form.setValue('invoiceNumber', x)}
            error={f.errors.invoiceNumber}
            required
          />
          <TextField
            id={fieldId('issuedOn')}
            label={t('fun.issuedOn')}
            type="date"
            className="w-short"
            value={v.issuedOn}
            onValue={(x) => f.form.setValue('issuedOn', x)}
            error={f.errors.issuedOn}
            required
          />
          <TextField
            id={fieldId('amountGrosze')}
            label={t('fun.invoiceAmount')}
            inputMode="decimal"
            className="w-short"
            value={v.amount}
            onValue={(x) => f.form.setValue('amount', x)}
            error={f.errors.amountGrosze}
            required
          />
        </div>
        <TextAreaField
          id={fieldId('overLimitReason')}
          label={t('fun.overLimitReason')}
          hint={t('fun.overLimitHint')}
          value={v.overLimitReason}
          onValue={(x) => f.form.setValue('overLimitReason', x)}
          error={f.errors.overLimitReason}
        />
      </EditForm>
    </section>
  );
}

function RecoveryForm({ funeral }: { funeral: Funeral }) {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const empty = () => ({
    source: 'zusAllowance',
    kind: 'claimed',
    amount: '',
    on: todayIso(),
    reference: '',
  });
  const f = useEditForm({
    schema: FuneralRecoveryInput,
    defaultValues: empty(),
    toBody: (v) => ({
      source: v.source as (typeof RECOVERY_SOURCES)[number],
      kind: v.kind as (typeof RECOVERY_KINDS)[number],
      amountGrosze: parseZloty(v.amount) ?? Number.NaN,
      on: v.on,
      reference: v.reference,
    }),
    save: (body) => funeralsApi.recover(funeral.id, body),
    onSaved: (r) => {
      f.reset(empty());
      saved.funeral(r);
    },
  });
  const v = f.values;
  return (
    <EditForm form={f} submitLabel={t('fun.recoverSubmit')}>
      <div className="field-row">
        <SelectField
          id={fieldId('source')}
          label={t('fun.source')}
          value={v.source}
          onValue={(x) => f.form.setValue('source', x)}
          options={RECOVERY_SOURCES.map((s) => ({ value: s, label: t(`fun.source.${s}`) }))}
          required
        />
        <SelectField
          id={fieldId('kind')}
          label={t('fun.kind')}
          value={v.kind}
          onValue={(x) => f.form.setValue('kind', x)}
          options={RECOVERY_KINDS.map((k) => ({ value: k, label: t(`fun.kind.${k}`) }))}
          required
        />
      </div>
      <div className="field-row">
        <TextField
          id={fieldId('amountGrosze')}
          label={t('fun.amount')}
          inputMode="decimal"
          className="w-short"
          value={v.amount}
          onValue={(x) => f.form.setValue('amount', x)}
          error={f.errors.amountGrosze}
          required
        />
        <TextField
          id={fieldId('on')}
          label={t('fun.on')}
          type="date"
          className="w-short"
          value={v.on}
          onValue={(x) => f.form.setValue('on', x)}
          error={f.errors.on}
          required
        />
        <TextField
          id={fieldId('reference')}
          label={t('fun.reference')}
          value={v.reference}
          onValue={(x) => f.form.setValue('reference', x)}
          error={f.errors.reference}
        />
      </div>
    </EditForm>
  );
}

/** A funeral: the deceased, the order within the limit, the invoice and the recovery of its cost. */
export function FuneralPage() {
  const { id = '' } = useParams();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const funeral = useFuneral(id);
  if (funeral.error) return <LoadError error={funeral.error} onRetry={() => funeral.refetch()} />;
  if (!funeral.data) return <Loading />;
  const f = funeral.data;
  return (
    <Page
      title={t('fun.itemTitle', { name: listName(f) })}
      lead={t('fun.lead')}
      actions={
        <a className="button secondary" href={`/api/v1/funerals/${f.id}/pdf`} target="_blank" rel="noopener">
          {t('fun.pdf')}
        </a>
      }
    >
      <dl className="facts">
        <dt>{t('fun.number')}</dt>
        <dd>{f.number}</dd>
        <dt>{t('fun.deceased')}</dt>
        <dd>
          <Link to={`/persons/${f.personId}`}>{listName(f)}</Link>
        </dd>
        <dt>{t('fun.dateOfDeath')}</dt>
        <dd>{date(f.dateOfDeath)}</dd>
        <dt>{t('fun.placeOfDeath')}</dt>
        <dd>{f.placeOfDeath ?? '—'}</dd>
        <dt>{t('fun.reportedBy')}</dt>
        <dd>
          {f.reportedBy}, {date(f.reportedOn)}
        </dd>
        <dt>{t('fun.home')}</dt>
        <dd>{f.funeralHomeName}</dd>
        <dt>{t('fun.orderedOn')}</dt>
        <dd>{date(f.orderedOn)}</dd>
        <dt>{t('fun.limit')}</dt>
        <dd>
          {money(f.limitGrosze)} ({f.limitResolution})
        </dd>
        <dt>{t('fun.cost')}</dt>
        <dd>{money(f.costGrosze)}</dd>
        {f.overLimitReason ? (
          <>
            <dt>{t('fun.overLimitReason')}</dt>
            <dd>{f.overLimitReason}</dd>
          </>
        ) : null}
        <dt>{t('fun.invoice')}</dt>
        <dd>{f.invoiceNumber ? `${f.invoiceNumber}, ${date(f.invoiceIssuedOn)}` : t('fun.noInvoice')}</dd>
        <dt>{t('fun.claimed')}</dt>
        <dd>{money(f.claimedGrosze)}</dd>
        <dt>{t('fun.received')}</dt>
        <dd>{money(f.receivedGrosze)}</dd>
        <dt>{t('fun.outstanding')}</dt>
        <dd>{money(f.outstandingGrosze)}</dd>
      </dl>
      {can('funerals.recover') && !f.invoiceNumber ? <InvoiceForm funeral={f} /> : null}
      <section className="card" aria-labelledby="fun-rec-h">
        <h2 id="fun-rec-h">{t('fun.recoveries')}</h2>
        {f.recoveries.length ? (
          <table className="data-table">
            <caption>{t('fun.recoveries')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fun.on')}</th>
                <th scope="col">{t('fun.source')}</th>
                <th scope="col">{t('fun.kind')}</th>
                <th scope="col">{t('fun.amount')}</th>
                <th scope="col">{t('fun.reference')}</th>
              </tr>
            </thead>
            <tbody>
              {f.recoveries.map((x) => (
                <tr key={x.id}>
                  <td>{date(x.on)}</td>
                  <td>{t(`fun.source.${x.source}`)}</td>
                  <td>{t(`fun.kind.${x.kind}`)}</td>
                  <td className="num">{money(x.amountGrosze)}</td>
                  <td>{x.reference ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="empty">{t('fun.noRecoveries')}</p>
        )}
        {can('funerals.recover') ? <RecoveryForm funeral={f} /> : null}
      </section>
    </Page>
  );
}
