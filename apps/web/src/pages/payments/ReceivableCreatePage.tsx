import type { ReceivableKind } from '@ostoja/domain/payments/receivable';
import { RECEIVABLE_KINDS } from '@ostoja/domain/payments/receivable';
import { CreateReceivable } from '@ostoja/domain/payments/schemas';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { paymentsApi } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  DateField,
  fieldId,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import type { Errors } from '../../lib/forms.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { setter, withZloty } from './form-parts.ts';
import { paymentsKeys, usePaymentsSaved, usePersonIf } from './queries.ts';
import { parseZloty } from './shared.tsx';

const Body = withZloty(CreateReceivable, ['amount', 'deductionCap']);

/** The months are one field: an error of any one of them is shown beside it. */
function monthsAsOne(errors: Errors): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(errors)) out[k.startsWith('months') ? 'months' : k] ??= v;
  return out;
}

/**
 * A receivable established by decision (art. 104 ust. 3 ups): whose, how much, by when, in how
 * many instalments, whether it is deducted from future payments. From a schedule page the
 * person and the decision whose benefit was undue come filled in.
 */
export function ReceivableCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const prefill = usePersonIf(personId, true);
  // undefined: nothing picked yet, the person the link named (if any) stands.
  const [picked, setPicked] = useState<PersonSummary | null>();
  const person = picked === undefined ? (prefill.data ?? null) : picked;
  const [decision, setDecision] = useState(
    params.get('decisionId') ? { id: params.get('decisionId')!, number: params.get('decision') ?? '' } : null,
  );
  const saved = usePaymentsSaved();
  const f = useEditForm({
    schema: Body,
    defaultValues: {
      kind: 'undueBenefit',
      months: '',
      decidedOn: todayIso(),
      amount: '',
      dueOn: '',
      instalments: '1',
      deduct: false,
      deductionCap: '',
      justification: '',
    },
    toBody: (v) => ({
      personId: person?.id ?? '',
      kind: v.kind as ReceivableKind,
      sourceDecisionId: decision?.id ?? null,
      months: v.months.split(/[\s,;]+/).filter(Boolean),
      decidedOn: v.decidedOn,
      amount: parseZloty(v.amount) ?? (undefined as never),
      dueOn: v.dueOn,
      instalments: Number(v.instalments),
      deductFromPayments: v.deduct,
      deductionCap: v.deduct ? parseZloty(v.deductionCap) : null,
      justification: v.justification,
    }),
    save: (body) => paymentsApi.createReceivable(body),
    onSaved: (r) => {
      saved(paymentsKeys.receivable(r.id), r);
      navigate(`/payments/receivables/${r.id}`, { state: { created: true } });
    },
  });
  const errors = monthsAsOne(f.errors);
  const set = setter(f.form);
  const text = (
    k:
      | 'kind'
      | 'months'
      | 'decidedOn'
      | 'amount'
      | 'dueOn'
      | 'instalments'
      | 'deductionCap'
      | 'justification',
  ) => ({
    id: fieldId(k),
    value: f.values[k],
    onValue: set(k),
    error: errors[k],
  });
  return (
    <Page title={t('recv.newTitle')} lead={t('recv.newLead')}>
      <EditForm
        form={{ ...f, errors }}
        submitLabel={t('recv.create')}
        actions={<ActionLink to="/payments/receivables">{t('action.cancel')}</ActionLink>}
      >
        <fieldset className="subgroup">
          <legend>{t('recv.person')}</legend>
          <PersonPicker
            id={fieldId('personId')}
            selected={person}
            error={errors.personId}
            onSelect={(p) => {
              setPicked(p);
              // The undue benefit's decision is the previous person's, not the new one's.
              if (p?.id !== personId) setDecision(null);
            }}
          />
          {decision ? (
            <p>
              {t('recv.sourceDecision')}:{' '}
              <Link to={`/payments/schedules/${decision.id}`}>{decision.number || decision.id}</Link>
            </p>
          ) : null}
          {errors.sourceDecisionId ? <p className="field-error">{errors.sourceDecisionId}</p> : null}
        </fieldset>
        <div className="field-row">
          <SelectField
            {...text('kind')}
            label={t('recv.kind')}
            options={RECEIVABLE_KINDS.map((k) => ({ value: k, label: t(`recv.kind.${k}`) }))}
            required
          />
          <TextField
            {...text('months')}
            label={t('recv.months')}
            hint={t('recv.monthsHint')}
            autoComplete="off"
          />
        </div>
        <div className="field-row">
          <TextField {...text('decidedOn')} label={t('recv.decidedOn')} type="date" required />
          <MoneyField
            {...text('amount')}
            label={t('recv.amount')}
            hint={t('pay.amountHint')}
            autoComplete="off"
          />
          <DateField {...text('dueOn')} label={t('recv.dueOn')} hint={t('recv.dueOnHint')} />
          <TextField
            {...text('instalments')}
            label={t('recv.instalments')}
            type="number"
            min={1}
            max={60}
            required
          />
        </div>
        <CheckboxField
          id={fieldId('deductFromPayments')}
          label={t('recv.deduct')}
          hint={t('recv.deductHint')}
          checked={f.values.deduct}
          onChecked={set('deduct')}
        />
        {f.values.deduct ? (
          <MoneyField
            {...text('deductionCap')}
            label={t('recv.deductionCap')}
            hint={t('recv.deductionCapHint')}
            autoComplete="off"
            required={false}
          />
        ) : null}
        <TextAreaField {...text('justification')} label={t('recv.justification')} rows={4} required />
      </EditForm>
    </Page>
  );
}
