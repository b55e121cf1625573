import { DPS_EXEMPTIONS, DpsFeeInput, type DpsReferral } from '@ostoja/domain/services/dps';
import { DPS_RELATIONS } from '@ostoja/domain/services/dps-fee';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, SelectField, TextField } from '../../components/fields.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { parseZloty } from '../payments/shared.tsx';

// The values are named as the request's paths, so each field's id and the server's error match it.
const relative = () => ({
  name: '',
  relation: 'descendant',
  incomeGrosze: '',
  size: '1',
  agreedGrosze: '',
  agreementOn: '',
  exemption: '',
  pct: '',
});
type Relative = ReturnType<typeof relative>;
const empty = () => ({
  decidedOn: todayIso(),
  residentIncomeGrosze: '',
  residentPct: '70',
  relatives: [] as Relative[],
});
const amount = (s: string) => parseZloty(s) ?? 0;

/** The decision setting the fee: the server applies the payer order and writes its justification. */
export function FeeForm({ referral, onSaved }: { referral: DpsReferral; onSaved(d: DpsReferral): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: DpsFeeInput,
    defaultValues: empty(),
    toBody: (v) => ({
      decidedOn: v.decidedOn,
      residentIncomeGrosze: parseZloty(v.residentIncomeGrosze) ?? Number.NaN,
      residentPct: Number(v.residentPct),
      relatives: v.relatives.map((r) => ({
        name: r.name,
        relation: r.relation as never,
        incomeGrosze: amount(r.incomeGrosze),
        size: Number(r.size),
        agreedGrosze: amount(r.agreedGrosze),
        agreementOn: r.agreementOn || null,
        exemption: r.exemption
          ? { article: r.exemption as never, pct: Number(r.exemption === 'art64a' ? 100 : r.pct) }
          : null,
      })),
    }),
    save: (body) => dpsApi.setFee(referral.id, body),
    onSaved,
  });
  const v = f.values;
  const rel = (i: number, key: keyof Relative, label: string, more: object = {}) => (
    <TextField label={label} {...f.bind(`relatives.${i}.${key}`)} {...more} />
  );
  return (
    <FormCard headingId="dps-fee-h" title={t('dps.fee')} form={f} submitLabel={t('dps.feeSubmit')}>
      <DateField label={t('dps.decidedOn')} {...f.bind('decidedOn')} />
      <MoneyField label={t('dps.residentIncome')} {...f.bind('residentIncomeGrosze')} />
      <TextField
        label={t('dps.residentPct')}
        hint={t('dps.residentPctHint')}
        inputMode="numeric"
        required
        {...f.bind('residentPct')}
      />
      <h3>{t('dps.relatives')}</h3>
      {v.relatives.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
        <fieldset key={i}>
          <legend>{r.name || t('dps.relName')}</legend>
          {rel(i, 'name', t('dps.relName'), { required: true })}
          <SelectField
            label={t('dps.relation')}
            options={DPS_RELATIONS.map((x) => ({ value: x, label: t(`dps.relation.${x}`) }))}
            {...f.bind(`relatives.${i}.relation`)}
          />
          {rel(i, 'incomeGrosze', t('dps.relIncome'), { inputMode: 'decimal', required: true })}
          {rel(i, 'size', t('dps.relSize'), { inputMode: 'numeric', required: true })}
          {rel(i, 'agreedGrosze', t('dps.relAgreed'), { inputMode: 'decimal' })}
          {rel(i, 'agreementOn', t('dps.relAgreementOn'), { type: 'date' })}
          <NoneSelect
            label={t('dps.relExemption')}
            none={t('dps.exemption.none')}
            options={DPS_EXEMPTIONS.map((x) => ({ value: x, label: t(`dps.exemption.${x}`) }))}
            {...f.bind(`relatives.${i}.exemption`)}
          />
          {r.exemption === 'art64' ? rel(i, 'pct', t('dps.relExemptionPct'), { inputMode: 'numeric' }) : null}
          <button
            type="button"
            className="button secondary"
            onClick={() => f.set('relatives')(v.relatives.filter((_, j) => j !== i))}
          >
            {t('dps.removeRelative')}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button secondary"
          onClick={() => f.set('relatives')([...v.relatives, relative()])}
        >
          {t('dps.addRelative')}
        </button>
      </p>
    </FormCard>
  );
}
