import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  type Funeral,
  FuneralInvoiceInput,
  FuneralRecoveryInput,
  RECOVERY_KINDS,
  RECOVERY_SOURCES,
} from '@ostoja/domain/funerals/funeral';
import { Link } from 'react-router-dom';
import { funeralsApi } from '../../api/funerals.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Facts } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { TitledFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useFuneral, useFuneralsSaved } from './queries.ts';

const grosze = (text: string) => parseZloty(text) ?? Number.NaN;

function InvoiceForm({ funeral }: { funeral: Funeral }) {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const f = useEditForm({
    schema: FuneralInvoiceInput,
    defaultValues: { invoiceNumber: '', issuedOn: todayIso(), invoiceGrosze: '', overLimitReason: '' },
    toBody: (v) => ({ ...v, invoiceGrosze: grosze(v.invoiceGrosze) }),
    save: (body) => funeralsApi.invoice(funeral.id, body),
    onSaved: (r) => saved.funeral(r),
  });
  return (
    <TitledFormCard headingId="fun-invoice-h" title="fun.invoice" form={f}>
      <div className="field-row">
        <TextField label={t('fun.invoiceNumber')} {...f.bind('invoiceNumber')} required />
        <DateField label={t('fun.issuedOn')} {...f.bind('issuedOn')} />
        <MoneyField label={t('fun.invoiceAmount')} className="w-short" {...f.bind('invoiceGrosze')} />
      </div>
      <TextAreaField
        label={t('fun.overLimitReason')}
        hint={t('fun.overLimitHint')}
        {...f.bind('overLimitReason')}
      />
    </TitledFormCard>
  );
}

function RecoveryForm({ funeral }: { funeral: Funeral }) {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const empty = () => ({
    source: 'zusAllowance',
    kind: 'claimed',
    amountGrosze: '',
    on: todayIso(),
    reference: '',
  });
  const f = useEditForm({
    schema: FuneralRecoveryInput,
    defaultValues: empty(),
    toBody: (v) => ({
      ...v,
      source: v.source as (typeof RECOVERY_SOURCES)[number],
      kind: v.kind as (typeof RECOVERY_KINDS)[number],
      amountGrosze: grosze(v.amountGrosze),
    }),
    save: (body) => funeralsApi.recover(funeral.id, body),
    reset: empty,
    onSaved: (r) => saved.funeral(r),
  });
  return (
    <EditForm form={f} submitLabel={t('fun.recoverSubmit')}>
      <div className="field-row">
        <SelectField
          label={t('fun.source')}
          options={RECOVERY_SOURCES.map((s) => ({ value: s, label: t(`fun.source.${s}`) }))}
          {...f.bind('source')}
          required
        />
        <SelectField
          label={t('fun.kind')}
          options={RECOVERY_KINDS.map((k) => ({ value: k, label: t(`fun.kind.${k}`) }))}
          {...f.bind('kind')}
          required
        />
      </div>
      <div className="field-row">
        <MoneyField label={t('fun.amount')} className="w-short" {...f.bind('amountGrosze')} />
        <DateField label={t('fun.on')} {...f.bind('on')} />
        <TextField label={t('fun.reference')} {...f.bind('reference')} />
      </div>
    </EditForm>
  );
}

/** A funeral: the deceased, the order within the limit, the invoice and the recovery of its cost. */
export function FuneralPage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const funeral = useFuneral(id);
  const f = funeral.data;
  if (funeral.error || !f) return <Pending query={funeral} />;
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
      <Facts
        items={[
          [t('fun.number'), f.number],
          [
            t('fun.deceased'),
            <Link key="deceased" to={`/persons/${f.personId}`}>
              {listName(f)}
            </Link>,
          ],
          [t('fun.dateOfDeath'), date(f.dateOfDeath)],
          [t('fun.placeOfDeath'), f.placeOfDeath ?? '—'],
          [t('fun.reportedBy'), `${f.reportedBy}, ${date(f.reportedOn)}`],
          [t('fun.home'), f.funeralHomeName],
          [t('fun.orderedOn'), date(f.orderedOn)],
          [t('fun.limit'), `${money(f.limitGrosze)} (${f.limitResolution})`],
          [t('fun.cost'), money(f.costGrosze)],
          !!f.overLimitReason && [t('fun.overLimitReason'), f.overLimitReason],
          [
            t('fun.invoice'),
            f.invoiceNumber ? `${f.invoiceNumber}, ${date(f.invoiceIssuedOn)}` : t('fun.noInvoice'),
          ],
          [t('fun.claimed'), money(f.claimedGrosze)],
          [t('fun.received'), money(f.receivedGrosze)],
          [t('fun.outstanding'), money(f.outstandingGrosze)],
        ]}
      />
      {can('funerals.recover') && !f.invoiceNumber ? <InvoiceForm funeral={f} /> : null}
      <Section card id="fun-rec" title={t('fun.recoveries')}>
        {f.recoveries.length ? (
          <ColumnTable
            caption={t('fun.recoveries')}
            rows={f.recoveries}
            columns={[
              { key: 'on', header: t('fun.on'), cell: (x) => date(x.on) },
              { key: 'source', header: t('fun.source'), cell: (x) => t(`fun.source.${x.source}`) },
              { key: 'kind', header: t('fun.kind'), cell: (x) => t(`fun.kind.${x.kind}`) },
              {
                key: 'amount',
                header: t('fun.amount'),
                cell: (x) => money(x.amountGrosze),
                className: 'num',
              },
              { key: 'reference', header: t('fun.reference'), cell: (x) => x.reference ?? '' },
            ]}
          />
        ) : (
          <p className="empty">{t('fun.noRecoveries')}</p>
        )}
        {can('funerals.recover') ? <RecoveryForm funeral={f} /> : null}
      </Section>
    </Page>
  );
}
