import './benefits.css';
import { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { fullName } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { CalculationSteps, CalculationSummary } from './calculation.tsx';
import { endOfMonth } from './dates.ts';
import { moneyReader } from './money.ts';
import { CheckboxGroup, TextAreaField } from './text-area.tsx';
import type { ApplicationDetail } from './types.ts';
import { usePreview } from './use-preview.ts';

function ProposalForm({ app }: { app: ApplicationDetail }) {
  const { t, locale, money: fmt } = useI18n();
  const navigate = useNavigate();
  const wywiad = app.wywiady[0]!;
  const name = (id: string) => {
    const m = app.members.find((x) => x.id === id);
    return m ? fullName(m) : id;
  };
  const [benefit, setBenefit] = useState<string>(
    app.benefits.includes('zasilekOkresowy') ? 'zasilekOkresowy' : (app.benefits[0] ?? 'zasilekOkresowy'),
  );
  const [personIds, setPersonIds] = useState(() => wywiad.members.map((m) => m.personId));
  const [unableToWork, setUnableToWork] = useState(false);
  const [amount, setAmount] = useState('');
  const [periodFrom, setPeriodFrom] = useState(app.submittedOn);
  const [periodTo, setPeriodTo] = useState(endOfMonth(app.submittedOn, 2));
  const [purpose, setPurpose] = useState('');
  const [justification, setJustification] = useState('');
  const { state, run, invalid } = useSubmit();
  const oneOff = benefit === 'zasilekCelowy' || benefit === 'specjalnyZasilekCelowy';

  function body() {
    const money = moneyReader(t('benefitsForm.moneyInvalid'));
    const b = {
      benefit,
      personIds,
      unableToWork: benefit === 'zasilekStaly' && unableToWork,
      amount: benefit === 'zasilekStaly' ? undefined : money.read('amount', amount, undefined),
      periodFrom,
      periodTo,
      purpose: oneOff ? orNull(purpose) : null,
      justification,
    };
    return { b, moneyErrors: money.errors };
  }

  // The preview needs a valid body; the justification is written last, so a stand-in lets the
  // calculation show from the first change (the preview saves nothing).
  const draft = body();
  const draftOk = validate(ProposalInput, { ...draft.b, justification: justification.trim() || '—' }, locale);
  const preview = usePreview(
    app.id,
    draftOk.ok && !Object.keys(draft.moneyErrors).length ? draftOk.data : null,
  );
  const calc = preview && 'calc' in preview ? preview.calc : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { b, moneyErrors } = body();
    // The schema leaves the amount optional (okresowy defaults to the minimum); a one-off benefit needs one.
    if (oneOff && b.amount === undefined && !moneyErrors.amount)
      moneyErrors.amount = t('validation.required');
    const v = validate(ProposalInput, b, locale);
    if (!v.ok || Object.keys(moneyErrors).length)
      return invalid({ ...(v.ok ? {} : v.errors), ...moneyErrors });
    await run(async () => {
      await api.post(`/api/v1/applications/${app.id}/proposals`, v.data);
      navigate(`/applications/${app.id}`, { state: { notice: 'notice.propose' } });
    });
  }

  const e = state.errors;
  return (
    <div className="proposal-layout">
      <div>
        <ErrorSummary errors={e} message={state.message} version={state.attempt} />
        <form onSubmit={submit} noValidate className="form">
          <p className="hint">{t('form.requiredNote')}</p>
          <SelectField
            id={fieldId('benefit')}
            label={t('proposalForm.benefit')}
            required
            value={benefit}
            onValue={setBenefit}
            error={e.benefit}
            options={app.benefits.map((b) => ({ value: b, label: t(`benefit.${b}`) }))}
          />
          <CheckboxGroup
            id={fieldId('personIds')}
            legend={t('proposalForm.personIds')}
            options={wywiad.members.map((m) => ({ value: m.personId, label: name(m.personId) }))}
            value={personIds}
            onValue={setPersonIds}
            error={e.personIds}
            required
          />
          {benefit === 'zasilekStaly' ? (
            <CheckboxField
              id={fieldId('unableToWork')}
              label={t('proposalForm.unableToWork')}
              checked={unableToWork}
              onChecked={setUnableToWork}
            />
          ) : (
            <TextField
              id={fieldId('amount')}
              label={t(oneOff ? 'proposalForm.amountOneOff' : 'proposalForm.amountMonthly')}
              hint={
                calc?.eligible && calc.maximumAmount !== null
                  ? t(oneOff ? 'proposalForm.amountCeiling' : 'proposalForm.amountRange', {
                      min: fmt(calc.minimumAmount),
                      max: fmt(calc.maximumAmount),
                    })
                  : t('benefitsForm.moneyHint')
              }
              required={oneOff}
              inputMode="decimal"
              autoComplete="off"
              className="money"
              value={amount}
              onValue={setAmount}
              error={e.amount}
            />
          )}
          <div className="field-row">
            <TextField
              id={fieldId('periodFrom')}
              label={t('proposalForm.periodFrom')}
              type="date"
              required
              className="w-short"
              value={periodFrom}
              onValue={setPeriodFrom}
              error={e.periodFrom}
            />
            <TextField
              id={fieldId('periodTo')}
              label={t('proposalForm.periodTo')}
              type="date"
              required
              className="w-short"
              value={periodTo}
              onValue={setPeriodTo}
              error={e.periodTo}
            />
          </div>
          {oneOff ? (
            <TextField
              id={fieldId('purpose')}
              label={t('proposal.purpose')}
              className="wide"
              value={purpose}
              onValue={setPurpose}
              error={e.purpose}
            />
          ) : null}
          <TextAreaField
            id={fieldId('justification')}
            label={t('proposal.justification')}
            hint={t('proposalForm.justificationHint')}
            required
            rows={5}
            value={justification}
            onValue={setJustification}
            error={e.justification}
          />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={state.busy}>
              {t('proposalForm.submit')}
            </button>
          </div>
        </form>
      </div>
      <aside className="card calc" aria-labelledby="calc-h">
        <h2 id="calc-h">{t('calc.title')}</h2>
        <div role="status">
          {calc ? (
            <CalculationSummary
              eligible={calc.eligible}
              amount={calc.amount}
              range={oneOff ? undefined : { min: calc.minimumAmount, max: calc.maximumAmount }}
              benefitLabel={t(`benefit.${benefit}`)}
              criterion={calc.criterion}
              incomePerPerson={calc.incomePerPerson}
              householdSize={calc.householdSize}
            />
          ) : preview && 'problem' in preview ? (
            <p>{preview.problem}</p>
          ) : (
            <p className="empty">{t('calc.waiting')}</p>
          )}
        </div>
        {calc ? <CalculationSteps steps={calc.explanation} caption={t('calc.stepsCaption')} /> : null}
      </aside>
    </div>
  );
}

/** The social worker's proposal, with the amount and its calculation beside it as the data go in. */
export function ProposalPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { data: app, error, reload } = useApi<ApplicationDetail>(`/api/v1/applications/${id}`);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!app) return <Loading />;
  return (
    <Page
      title={t('proposalForm.title', { number: app.number })}
      lead={t('proposalForm.lead', { name: app.applicantName })}
    >
      {app.allowedActions.includes('propose') && app.wywiady.length ? (
        <ProposalForm app={app} />
      ) : (
        <p className="empty">{t('steps.notAllowedNow')}</p>
      )}
    </Page>
  );
}
