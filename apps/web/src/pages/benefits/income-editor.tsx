import { INCOME_KINDS } from '@ostoja/domain/benefits/income';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import type { Errors } from '../../lib/forms.ts';

export interface SourceValues {
  key: number;
  kind: string;
  month: string;
  gross: string;
  tax: string;
  contributions: string;
  /** Art. 8 ust. 11: received once. */
  oneOff: boolean;
  /** Art. 8 ust. 12: paid at once but due for these months (both or neither). */
  dueFrom: string;
  dueTo: string;
}

export interface MemberIncomeValues {
  personId: string;
  name: string;
  sources: SourceValues[];
  alimonyPaid: string;
}

let nextKey = 1;
export const newSource = (month: string, from?: Partial<SourceValues>): SourceValues => ({
  kind: 'employment',
  month,
  gross: '',
  tax: '',
  contributions: '',
  oneOff: false,
  dueFrom: '',
  dueTo: '',
  ...from,
  key: nextKey++,
});

/** A source's amounts: the gross (required), the tax and the contributions taken from it. */
const AMOUNTS = ['gross', 'tax', 'contributions'] as const;

function MoneyField({
  path,
  label,
  value,
  onValue,
  errors,
  required,
}: {
  path: string;
  label: string;
  value: string;
  onValue(v: string): void;
  errors: Errors;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <TextField
      id={fieldId(path)}
      label={label}
      hint={t('benefitsForm.moneyHint')}
      inputMode="decimal"
      autoComplete="off"
      className="money"
      required={required}
      value={value}
      onValue={onValue}
      error={errors[path]}
    />
  );
}

/** One member's income of the reference month: each source gross − tax − contributions; alimony paid. */
export function MemberIncome({
  index,
  member,
  onChange,
  errors,
  defaultMonth,
}: {
  index: number;
  member: MemberIncomeValues;
  onChange(m: MemberIncomeValues): void;
  errors: Errors;
  defaultMonth: string;
}) {
  const { t } = useI18n();
  const base = `members.${index}`;
  const setSource = (j: number, patch: Partial<SourceValues>) =>
    onChange({ ...member, sources: member.sources.map((s, k) => (k === j ? { ...s, ...patch } : s)) });
  return (
    <fieldset className="member" id={fieldId(base)} tabIndex={-1}>
      <legend>{member.name}</legend>
      {member.sources.length ? null : <p className="hint">{t('income.noSources')}</p>}
      {member.sources.map((s, j) => {
        const at = `${base}.sources.${j}`;
        return (
          <fieldset className="income-source" key={s.key}>
            <legend className="visually-hidden">
              {t('income.sourceLegend', { n: j + 1, name: member.name })}
            </legend>
            <div className="field-row">
              <SelectField
                id={fieldId(`${at}.kind`)}
                label={t('income.kind')}
                required
                className="wide"
                value={s.kind}
                onValue={(kind) => setSource(j, { kind })}
                error={errors[`${at}.kind`]}
                options={INCOME_KINDS.map((k) => ({ value: k, label: t(`benefits.incomeKind.${k}`) }))}
              />
              <MonthField
                id={fieldId(`${at}.month`)}
                label={t('income.month')}
                hint={t('income.monthHint')}
                required
                className="w-short"
                value={s.month}
                onValue={(month) => setSource(j, { month })}
                error={errors[`${at}.month`]}
              />
            </div>
            <div className="field-row">
              {AMOUNTS.map((k) => (
                <MoneyField
                  key={k}
                  path={`${at}.${k}`}
                  label={t(`income.${k}`)}
                  required={k === 'gross'}
                  value={s[k]}
                  onValue={(v) => setSource(j, { [k]: v })}
                  errors={errors}
                />
              ))}
            </div>
            <CheckboxField
              id={fieldId(`${at}.oneOff`)}
              label={t('income.oneOff')}
              hint={t('income.oneOffHint')}
              checked={s.oneOff}
              onChecked={(oneOff) => setSource(j, { oneOff })}
              error={errors[`${at}.oneOff`]}
            />
            <div className="field-row">
              {(['dueFrom', 'dueTo'] as const).map((k) => (
                <MonthField
                  key={k}
                  id={fieldId(`${at}.${k}`)}
                  label={t(`income.${k}`)}
                  hint={t('income.duePeriodHint')}
                  className="w-short"
                  value={s[k]}
                  onValue={(v) => setSource(j, { [k]: v })}
                  error={errors[`${at}.${k}`]}
                />
              ))}
            </div>
            <p>
              <button
                type="button"
                className="button secondary small"
                onClick={() => onChange({ ...member, sources: member.sources.filter((_, k) => k !== j) })}
              >
                {t('income.removeSource')}
                <span className="visually-hidden">
                  {' '}
                  {t('income.sourceLegend', { n: j + 1, name: member.name })}
                </span>
              </button>
            </p>
          </fieldset>
        );
      })}
      <div className="field-row">
        <MoneyField
          path={`${base}.alimonyPaid`}
          label={t('income.alimonyPaid')}
          value={member.alimonyPaid}
          onValue={(alimonyPaid) => onChange({ ...member, alimonyPaid })}
          errors={errors}
        />
      </div>
      <button
        type="button"
        className="button secondary"
        onClick={() => onChange({ ...member, sources: [...member.sources, newSource(defaultMonth)] })}
      >
        {t('income.addSource')}
        <span className="visually-hidden"> — {member.name}</span>
      </button>
    </fieldset>
  );
}
