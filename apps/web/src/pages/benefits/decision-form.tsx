import {
  CELOWY_PURPOSES,
  type CelowyPurpose,
  HELP_FORMS,
  type HelpForm,
} from '@ostoja/domain/applications/celowy-purpose';
import { IssueDecision, PAYMENT_METHODS } from '@ostoja/domain/applications/decision';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, fieldId, SelectField, TextAreaField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { Art11Field } from './art11-field.tsx';
import { type Checks, checked } from './checked.ts';
import { ClothingItems, type ItemValues, itemsBody, newItem } from './clothing-items.tsx';
import { StepFrame } from './step-frame.tsx';
import { type StepFormProps, useStep } from './use-step.ts';

/** ISO 13616 check (mod 97), so a mistyped account number is caught before the decision is printed. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const code = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Accounts are typed in groups of four and sometimes without the country code: keep the letters and digits. */
function normaliseIban(typed: string): string {
  const account = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^\d{26}$/.test(account) ? `PL${account}` : account;
}

// A transfer needs an account whose checksum holds, before the decision is printed with it.
export const ISSUE = checked(
  IssueDecision,
  () => 'validation.invalid',
  (b): Checks =>
    b.outcome === 'grant' && b.paymentMethod === 'transfer' && b.helpForm !== 'inKind'
      ? !b.iban
        ? { iban: 'validation.required' }
        : ibanValid(b.iban)
          ? {}
          : { iban: 'decisionForm.ibanInvalid' }
      : {},
);

/** Issue the decision from the latest proposal: grant (payment method, account) or refuse (reasons). */
export function DecisionForm(p: StepFormProps) {
  const { app } = p;
  const { t, money } = useI18n();
  const proposal = app.proposals[0];
  const f = useStep(p, {
    step: 'decisions',
    schema: ISSUE,
    defaultValues: {
      outcome: (proposal && !proposal.calculation.eligible ? 'refuse' : 'grant') as 'grant' | 'refuse',
      decidedOn: todayIso(),
      paymentMethod: 'transfer' as (typeof PAYMENT_METHODS)[number],
      iban: '',
      refusalReason: '',
      art11ContractId: null as string | null,
      purpose: '' as CelowyPurpose | '',
      helpForm: 'cash' as HelpForm,
      items: [] as ItemValues[],
    },
    toBody: (v) => {
      const grant = v.outcome === 'grant';
      const clothing = grant && v.purpose === 'clothing';
      const inKind = clothing && v.helpForm === 'inKind';
      return {
        ...(grant && v.purpose ? { purpose: v.purpose } : {}),
        ...(clothing ? { helpForm: v.helpForm, items: itemsBody(v.items, inKind) } : {}),
        outcome: v.outcome,
        decidedOn: v.decidedOn,
        paymentMethod: v.paymentMethod,
        iban: grant && !inKind && v.paymentMethod === 'transfer' ? orNull(normaliseIban(v.iban)) : null,
        refusalReason: grant ? null : orNull(v.refusalReason),
        art11ContractId: grant ? null : v.art11ContractId,
      };
    },
  });
  const grant = f.values.outcome === 'grant';
  const celowy = proposal?.benefit === 'zasilekCelowy' || proposal?.benefit === 'specjalnyZasilekCelowy';
  const clothing = grant && celowy && f.values.purpose === 'clothing';
  const inKind = clothing && f.values.helpForm === 'inKind';

  return (
    <StepFrame title={t('action.issueDecision')} submitLabel={t('decisionForm.submit')} of={p} form={f}>
      {proposal ? (
        <p>
          {t('decisionForm.fromProposal', {
            benefit: t(`benefit.${proposal.benefit}`),
            amount: money(proposal.amount),
          })}
        </p>
      ) : null}
      <fieldset className="radio-group" id={fieldId('outcome')} tabIndex={-1}>
        <legend>{t('decision.outcome')}</legend>
        {(['grant', 'refuse'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={f.values.outcome === o}
              onChange={() => f.set('outcome')(o)}
            />
            {t(`decisionForm.outcome.${o}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <DateField label={t('decision.decidedOn')} {...f.bind('decidedOn')} />
        {grant && !inKind ? (
          <SelectField
            label={t('decision.paymentMethod')}
            required
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`decision.paymentMethod.${m}`) }))}
            {...f.bind('paymentMethod')}
            onValue={(m) => f.set('paymentMethod')(m as (typeof PAYMENT_METHODS)[number])}
          />
        ) : null}
      </div>
      {grant && celowy ? (
        <div className="field-row">
          <SelectField
            label={t('clothing.purpose')}
            options={[
              { value: '', label: t('form.choose') },
              ...CELOWY_PURPOSES.map((p) => ({ value: p, label: t(`celowyPurpose.${p}`) })),
            ]}
            {...f.bind('purpose')}
            onValue={(p) => {
              f.set('purpose')(p as CelowyPurpose | '');
              if (p === 'clothing' && !f.values.items.length) f.set('items')([newItem()]);
            }}
          />
          {clothing ? (
            <SelectField
              label={t('clothing.helpForm')}
              required
              options={HELP_FORMS.map((h) => ({ value: h, label: t(`helpForm.${h}`) }))}
              {...f.bind('helpForm')}
              onValue={(h) => f.set('helpForm')(h as HelpForm)}
            />
          ) : null}
        </div>
      ) : null}
      {clothing ? (
        <ClothingItems
          rows={f.values.items}
          inKind={inKind}
          onChange={(rows) => f.set('items')(rows)}
          errors={f.errors}
        />
      ) : null}
      {grant && !inKind && f.values.paymentMethod === 'transfer' ? (
        <CodeField
          label={t('decisionForm.iban')}
          hint={t('decisionForm.ibanHint')}
          required
          className="wide"
          {...f.bind('iban')}
        />
      ) : null}
      {!grant ? <Art11Field personId={app.applicantId} f={f} reason="refusalReason" /> : null}
      {!grant ? (
        <TextAreaField
          label={t('decisionForm.refusalReason')}
          hint={t('decisionForm.refusalHint')}
          required
          rows={5}
          {...f.bind('refusalReason')}
        />
      ) : null}
    </StepFrame>
  );
}
