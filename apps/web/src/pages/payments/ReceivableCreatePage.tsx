import { RECEIVABLE_KINDS } from '@ostoja/domain/payments/receivable';
import { CreateReceivable } from '@ostoja/domain/payments/schemas';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Receivable } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { type Errors, fromZod } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { parseZloty, TextAreaField } from './shared.tsx';

type Text =
  | 'kind'
  | 'months'
  | 'decidedOn'
  | 'amount'
  | 'dueOn'
  | 'instalments'
  | 'deductionCap'
  | 'justification';

/**
 * A receivable established by decision (art. 104 ust. 3 ups): whose, how much, by when, in how
 * many instalments, whether it is deducted from future payments. From a schedule page the
 * person and the decision whose benefit was undue come filled in.
 */
export function ReceivableCreatePage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [decision, setDecision] = useState(
    params.get('decisionId') ? { id: params.get('decisionId')!, number: params.get('decision') ?? '' } : null,
  );
  const [v, setV] = useState<Record<Text, string>>({
    kind: 'undueBenefit',
    months: '',
    decidedOn: todayIso(),
    amount: '',
    dueOn: '',
    instalments: '1',
    deductionCap: '',
    justification: '',
  });
  const [deduct, setDeduct] = useState(false);
  const { state, run, invalid } = useSubmit();

  const personId = params.get('personId');
  useEffect(() => {
    if (!personId) return;
    api.get<PersonSummary>(`/api/v1/persons/${personId}`).then(setPerson, () => setPerson(null));
  }, [personId]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const amount = parseZloty(v.amount);
    const cap = deduct ? parseZloty(v.deductionCap) : null;
    const body = {
      personId: person?.id ?? '',
      kind: v.kind,
      sourceDecisionId: decision?.id ?? null,
      months: v.months.split(/[\s,;]+/).filter(Boolean),
      decidedOn: v.decidedOn,
      amount: amount ?? undefined,
      dueOn: v.dueOn,
      instalments: Number(v.instalments),
      deductFromPayments: deduct,
      deductionCap: cap,
      justification: v.justification,
    };
    const errors: Errors = {};
    const r = CreateReceivable.safeParse(body);
    if (!r.success)
      for (const [path, message] of Object.entries(fromZod(r.error, locale)))
        errors[path.startsWith('months') ? 'months' : path] ??= message;
    if (Number.isNaN(amount)) errors.amount = t('pay.amountFormat');
    if (Number.isNaN(cap)) errors.deductionCap = t('pay.amountFormat');
    if (!r.success || Object.keys(errors).length) return invalid(errors);
    await run(async () => {
      const saved = await api.post<Receivable>('/api/v1/receivables', r.data);
      navigate(`/payments/receivables/${saved.id}`, { state: { created: true } });
    });
  }

  const text = (k: Text) => ({
    id: fieldId(k),
    value: v[k],
    onValue: (value: string) => setV({ ...v, [k]: value }),
    error: state.errors[k],
  });
  return (
    <Page title={t('recv.newTitle')} lead={t('recv.newLead')}>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="subgroup">
          <legend>{t('recv.person')}</legend>
          <PersonPicker
            id={fieldId('personId')}
            selected={person}
            error={state.errors.personId}
            onSelect={(p) => {
              setPerson(p);
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
          {state.errors.sourceDecisionId ? (
            <p className="field-error">{state.errors.sourceDecisionId}</p>
          ) : null}
        </fieldset>
        <div className="field-row">
          <SelectField
            {...text('kind')}
            label={t('recv.kind')}
            onValue={(kind) => setV({ ...v, kind })}
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
          <TextField
            {...text('amount')}
            label={t('recv.amount')}
            hint={t('pay.amountHint')}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <TextField
            {...text('dueOn')}
            label={t('recv.dueOn')}
            hint={t('recv.dueOnHint')}
            type="date"
            required
          />
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
          checked={deduct}
          onChecked={setDeduct}
        />
        {deduct ? (
          <TextField
            {...text('deductionCap')}
            label={t('recv.deductionCap')}
            hint={t('recv.deductionCapHint')}
            inputMode="decimal"
            autoComplete="off"
          />
        ) : null}
        <TextAreaField {...text('justification')} label={t('recv.justification')} rows={4} required />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('recv.create')}
          </button>
          <Link to="/payments/receivables" className="button secondary">
            {t('action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
