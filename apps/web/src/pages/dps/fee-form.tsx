import { DPS_EXEMPTIONS, DpsFeeInput, type DpsReferral } from '@ostoja/domain/services/dps';
import { DPS_RELATIONS } from '@ostoja/domain/services/dps-fee';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { parseZloty } from '../payments/shared.tsx';

const relative = () => ({
  name: '',
  relation: 'descendant',
  income: '',
  size: '1',
  agreed: '',
  agreementOn: '',
  exemption: '',
  pct: '',
});
type Relative = ReturnType<typeof relative>;
const empty = () => ({ decidedOn: todayIso(), income: '', pct: '70', relatives: [] as Relative[] });
const amount = (s: string) => parseZloty(s) ?? 0;

/** The decision setting the fee: the server applies the payer order and writes its justification. */
export function FeeForm({ referral, onSaved }: { referral: DpsReferral; onSaved(d: DpsReferral): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: DpsFeeInput,
    defaultValues: empty(),
    toBody: (v) => ({
      decidedOn: v.decidedOn,
      residentIncomeGrosze: parseZloty(v.income) ?? Number.NaN,
      residentPct: Number(v.pct),
      relatives: v.relatives.map((r) => ({
        name: r.name,
        relation: r.relation as never,
        incomeGrosze: amount(r.income),
        size: Number(r.size),
        agreedGrosze: amount(r.agreed),
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
  const setRel = (i: number, key: keyof Relative) => (value: string) =>
    f.form.setValue(
      'relatives',
      v.relatives.map((r, j) => (j === i ? { ...r, [key]: value } : r)),
    );
  const rel = (i: number, key: keyof Relative, label: string, more: object = {}) => (
    <TextField
      id={fieldId(`relatives.${i}.${key}`)}
      label={label}
      value={v.relatives[i]![key]}
      onValue={setRel(i, key)}
      error={
        f.errors[
          `relatives.${i}.${key === 'income' ? 'incomeGrosze' : key === 'agreed' ? 'agreedGrosze' : key}`
        ]
      }
      {...more}
    />
  );
  return (
    <section className="card" aria-labelledby="dps-fee-h">
      <h2 id="dps-fee-h">{t('dps.fee')}</h2>
      <EditForm form={f} submitLabel={t('dps.feeSubmit')}>
        <TextField
          id={fieldId('decidedOn')}
          label={t('dps.decidedOn')}
          type="date"
          value={v.decidedOn}
          onValue={(x) => f.form.setValue('decidedOn', x)}
          error={f.errors.decidedOn}
          required
        />
        <TextField
          id={fieldId('residentIncomeGrosze')}
          label={t('dps.residentIncome')}
          inputMode="decimal"
          value={v.income}
          onValue={(x) => f.form.setValue('income', x)}
          error={f.errors.residentIncomeGrosze}
          required
        />
        <TextField
          id={fieldId('residentPct')}
          label={t('dps.residentPct')}
          hint={t('dps.residentPctHint')}
          inputMode="numeric"
          value={v.pct}
          onValue={(x) => f.form.setValue('pct', x)}
          error={f.errors.residentPct}
          required
        />
        <h3>{t('dps.relatives')}</h3>
        {v.relatives.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
          <fieldset key={i}>
            <legend>{r.name || t('dps.relName')}</legend>
            {rel(i, 'name', t('dps.relName'), { required: true })}
            <SelectField
              id={fieldId(`relatives.${i}.relation`)}
              label={t('dps.relation')}
              value={r.relation}
              onValue={setRel(i, 'relation')}
              options={DPS_RELATIONS.map((x) => ({ value: x, label: t(`dps.relation.${x}`) }))}
            />
            {rel(i, 'income', t('dps.relIncome'), { inputMode: 'decimal', required: true })}
            {rel(i, 'size', t('dps.relSize'), { inputMode: 'numeric', required: true })}
            {rel(i, 'agreed', t('dps.relAgreed'), { inputMode: 'decimal' })}
            {rel(i, 'agreementOn', t('dps.relAgreementOn'), { type: 'date' })}
            <SelectField
              id={fieldId(`relatives.${i}.exemption`)}
              label={t('dps.relExemption')}
              value={r.exemption}
              onValue={setRel(i, 'exemption')}
              options={[
                { value: '', label: t('dps.exemption.none') },
                ...DPS_EXEMPTIONS.map((x) => ({ value: x, label: t(`dps.exemption.${x}`) })),
              ]}
            />
            {r.exemption === 'art64'
              ? rel(i, 'pct', t('dps.relExemptionPct'), { inputMode: 'numeric' })
              : null}
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                f.form.setValue(
                  'relatives',
                  v.relatives.filter((_, j) => j !== i),
                )
              }
            >
              {t('dps.removeRelative')}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => f.form.setValue('relatives', [...v.relatives, relative()])}
          >
            {t('dps.addRelative')}
          </button>
        </p>
      </EditForm>
    </section>
  );
}
