import './benefits.css';
import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  DateField,
  MoneyField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { fullName } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { CalculationSteps, CalculationSummary } from './calculation.tsx';
import { type Checks, checked } from './checked.ts';
import { endOfMonth } from './dates.ts';
import { zloty } from './money.ts';
import { ApplicationStepPage } from './step-page.tsx';
import { usePreview } from './use-preview.ts';
import { useBackToApplication, useStep } from './use-step.ts';

interface Values {
  benefit: ProposalInput['benefit'];
  personIds: string[];
  unableToWork: boolean;
  amount: string;
  periodFrom: string;
  periodTo: string;
  purpose: string;
  justification: string;
}

const isOneOff = (benefit: string) => benefit === 'zasilekCelowy' || benefit === 'specjalnyZasilekCelowy';

function toBody(v: Values): ProposalInput {
  return {
    benefit: v.benefit,
    personIds: v.personIds,
    unableToWork: v.benefit === 'zasilekStaly' && v.unableToWork,
    amount: v.benefit === 'zasilekStaly' ? undefined : zloty(v.amount, undefined),
    periodFrom: v.periodFrom,
    periodTo: v.periodTo,
    purpose: isOneOff(v.benefit) ? orNull(v.purpose) : null,
    justification: v.justification,
  };
}

// The schema leaves the amount optional (okresowy defaults to the minimum); a one-off benefit needs one.
const SCHEMA = checked(
  ProposalInput,
  () => 'benefitsForm.moneyInvalid',
  (b): Checks => (isOneOff(b.benefit) && b.amount === undefined ? { amount: 'validation.required' } : {}),
);

// What the preview asks about: the body as typed, every number readable (the amount may be left out).
const DRAFT = checked(ProposalInput, () => 'benefitsForm.moneyInvalid');

function ProposalForm({ app }: { app: ApplicationDetail }) {
  const { t, money: fmt } = useI18n();
  const wywiad = app.wywiady[0]!;
  const name = (id: string) => {
    const m = app.members.find((x) => x.id === id);
    return m ? fullName(m) : id;
  };
  const f = useStep(
    { app, onDone: useBackToApplication('notice.propose') },
    {
      step: 'proposals',
      schema: SCHEMA,
      defaultValues: {
        benefit: (app.benefits.includes('zasilekOkresowy')
          ? 'zasilekOkresowy'
          : (app.benefits[0] ?? 'zasilekOkresowy')) as Values['benefit'],
        personIds: wywiad.members.map((m) => m.personId),
        unableToWork: false,
        amount: '',
        periodFrom: app.submittedOn,
        periodTo: endOfMonth(app.submittedOn, 2),
        purpose: '',
        justification: '',
      } as Values,
      toBody,
    },
  );
  const { benefit } = f.values;
  const oneOff = isOneOff(benefit);

  // The preview needs a valid body; the justification is written last, so a stand-in lets the
  // calculation show from the first change (the preview saves nothing).
  const draft = { ...toBody(f.values), justification: f.values.justification.trim() || '—' };
  const preview = usePreview(app.id, DRAFT.safeParse(draft).success ? draft : null);
  const calc = preview && 'calc' in preview ? preview.calc : null;

  return (
    <div className="proposal-layout">
      <div>
        <EditForm form={f} submitLabel={t('proposalForm.submit')}>
          <SelectField
            label={t('proposalForm.benefit')}
            required
            options={app.benefits.map((b) => ({ value: b, label: t(`benefit.${b}`) }))}
            {...f.bind('benefit')}
          />
          <CheckboxGroup
            legend={t('proposalForm.personIds')}
            options={wywiad.members.map((m) => ({ value: m.personId, label: name(m.personId) }))}
            required
            {...f.bind('personIds')}
          />
          {benefit === 'zasilekStaly' ? (
            <CheckboxField label={t('proposalForm.unableToWork')} {...f.tick('unableToWork')} />
          ) : (
            <MoneyField
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
              autoComplete="off"
              className="money"
              {...f.bind('amount')}
            />
          )}
          <div className="field-row">
            <DateField label={t('proposalForm.periodFrom')} {...f.bind('periodFrom')} />
            <DateField label={t('proposalForm.periodTo')} {...f.bind('periodTo')} />
          </div>
          {oneOff ? (
            <TextField label={t('proposal.purpose')} className="wide" {...f.bind('purpose')} />
          ) : null}
          <TextAreaField
            label={t('proposal.justification')}
            hint={t('proposalForm.justificationHint')}
            required
            rows={5}
            {...f.bind('justification')}
          />
        </EditForm>
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
  return (
    <ApplicationStepPage
      texts="proposalForm"
      allowed={(app) => app.allowedActions.includes('propose') && app.wywiady.length > 0}
    >
      {(app) => <ProposalForm app={app} />}
    </ApplicationStepPage>
  );
}
