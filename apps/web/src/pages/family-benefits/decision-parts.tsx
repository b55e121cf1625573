import {
  DecideFamilyBenefit,
  type FamilyBenefitApplication,
} from '@ostoja/domain/family-benefits/application';
import { type ComponentProps, type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';

// The right computed, the decision form and the decision issued — shared by the family-benefit
// and the alimony-fund applications, whose decisions take the same body and answer the same shape.

interface Computed {
  eligible: boolean;
  monthlyAmount: number;
  oneOffAmount?: number;
  explanation: { article: string; text: string }[];
}
export type IssuedDecision = NonNullable<FamilyBenefitApplication['decision']>;

/** The right computed for the first month, each step with its article. */
export function Calculation({ c }: { c: Computed }) {
  const { t, money } = useI18n();
  return (
    <section className="card" aria-labelledby="fb-calc">
      <h2 id="fb-calc">{t('fb.calculation')}</h2>
      <p>
        <StatusBadge tone={c.eligible ? 'ok' : 'off'}>
          {t(c.eligible ? 'fb.eligible' : 'fb.notEligible')}
        </StatusBadge>{' '}
        {t('fb.monthly')}: <strong data-testid="fb-monthly">{money(c.monthlyAmount)}</strong>
        {c.oneOffAmount === undefined ? null : (
          <>
            ; {t('fb.oneOff')}: <strong>{money(c.oneOffAmount)}</strong>
          </>
        )}
      </p>
      <ol className="explanation">
        {c.explanation.map((s) => (
          <li key={`${s.article}-${s.text}`}>
            {s.text} <small>({s.article})</small>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where a decision body takes the payment: its fields' names and the labels of its fields. */
export interface DecisionPayment {
  method: string;
  iban: string;
  methodLabel: UiKey;
  ibanLabel: UiKey;
}
const BENEFIT_PAYMENT: DecisionPayment = {
  method: 'paymentMethod',
  iban: 'iban',
  methodLabel: 'fb.paymentMethod',
  ibanLabel: 'fb.iban',
};

/**
 * Grant (how it is paid: cash desk or transfer to an account) or refuse (reason), confirmed before it
 * is issued. A family benefit's decision by default; another module's (the housing allowance's
 * dodatek energetyczny) names its schema, its payment fields and whether a payment is asked at all.
 */
export function DecisionForm<T, S extends z.ZodType = typeof DecideFamilyBenefit>({
  schema = DecideFamilyBenefit as never,
  headingId = 'fb-decide',
  payment = BENEFIT_PAYMENT,
  payable = true,
  save,
  onSaved,
}: {
  schema?: S;
  headingId?: string;
  payment?: DecisionPayment;
  /** Whether a granted decision asks how it is paid. */
  payable?: boolean;
  save(body: z.input<S>): Promise<T>;
  onSaved(a: T): void;
}) {
  const { t, tk } = useI18n();
  const f = useEditForm({
    schema,
    defaultValues: {
      outcome: 'grant',
      decidedOn: todayIso(),
      method: 'cashDesk',
      iban: '',
      refusalReason: '',
    },
    toBody: (v) =>
      ({
        outcome: v.outcome as 'grant' | 'refuse',
        decidedOn: v.decidedOn,
        [payment.method]: v.method as 'cashDesk' | 'transfer',
        [payment.iban]: v.iban || undefined,
        refusalReason: v.refusalReason || undefined,
      }) as z.input<S>,
    save,
    onSaved,
  });
  const v = f.values;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fb.decision')}</h2>
      <AskFirstEditForm form={f} submitLabel={t('fb.issue')} question={t('fb.confirmIssue')}>
        <SelectField
          {...f.bind('outcome')}
          label={t('fb.outcome')}
          options={['grant', 'refuse'].map((o) => ({ value: o, label: tk('fb.outcome', o) }))}
        />
        <TextField {...f.bind('decidedOn')} label={t('fb.decidedOn')} type="date" required />
        {v.outcome === 'grant' && payable ? (
          <>
            <SelectField
              {...f.bind('method', payment.method)}
              label={t(payment.methodLabel)}
              options={['cashDesk', 'transfer'].map((o) => ({ value: o, label: tk('fb.paymentMethod', o) }))}
            />
            {v.method === 'transfer' ? (
              <TextField {...f.bind('iban', payment.iban)} label={t(payment.ibanLabel)} required />
            ) : null}
          </>
        ) : null}
        {v.outcome === 'refuse' ? (
          <TextAreaField {...f.bind('refusalReason')} label={t('fb.refusalReason')} required />
        ) : null}
      </AskFirstEditForm>
    </section>
  );
}

/** The decision issued, with its schedule of monthly payments. */
export function Decision({ d }: { d: IssuedDecision }) {
  const { t, date, money } = useI18n();
  return (
    <section className="card" aria-labelledby="fb-decision">
      <h2 id="fb-decision">
        {t('fb.decision')} {d.number}
      </h2>
      <p>
        {t(`fb.outcome.${d.outcome}`)}, {date(d.decidedOn)}. {d.justification}
      </p>
      {d.schedule.length ? (
        <table>
          <caption>{t('fb.schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fb.month')}</th>
              <th scope="col">{t('fb.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {d.schedule.map((s) => (
              <tr key={s.month}>
                <td>{s.month}</td>
                <td>{money(s.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** An edit form whose submit first asks `question`, titled as its button; confirming submits it. */
export function AskFirstEditForm({
  form,
  submitLabel,
  question,
  children,
}: {
  form: ComponentProps<typeof EditForm>['form'];
  submitLabel: string;
  question: string;
  children: ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <EditForm form={{ ...form, submit: async () => setConfirming(true) }} submitLabel={submitLabel}>
        {children}
      </EditForm>
      <ConfirmDialog
        open={confirming}
        title={submitLabel}
        confirmLabel={submitLabel}
        busy={form.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          form.submit();
        }}
      >
        <p>{question}</p>
      </ConfirmDialog>
    </>
  );
}
