import { CalculatorBenefit, CalculatorRequest } from '@ostoja/domain/benefits/self-check';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { todayIso } from '../../lib/format.ts';
import type { Errors } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { parseZloty } from './money.ts';
import { type CalculatorAnswer, SelfCheckResult } from './self-check-result.tsx';

const MAX_PERSONS = 15;
const isKind = (v: string | null): v is CalculatorBenefit => CalculatorBenefit.safeParse(v).success;

/**
 * "Czy mogę dostać?": three short steps (which allowance and how many people, their net incomes,
 * for zasiłek stały the inability to work), then the public calculator's answer explained.
 * Nothing typed leaves this component's state: no storage, no address bar, no cookie.
 */
export function SelfCheckPage() {
  const { t, tp } = useI18n();
  const [params] = useSearchParams();
  const preset = params.get('benefit');
  const [benefit, setBenefit] = useState<string>(isKind(preset) ? preset : '');
  const [persons, setPersons] = useState('1');
  const [incomes, setIncomes] = useState<string[]>(['']);
  const [unable, setUnable] = useState('');
  const [step, setStep] = useState(1);
  const [answer, setAnswer] = useState<CalculatorAnswer | null>(null);
  const { state, run, invalid, reset } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  const steps = benefit === 'zasilekStaly' ? 3 : 2;

  // Each new step (and the answer) takes the focus, so a screen reader hears where it is.
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step or answer changes
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step, answer]);

  const size = Number(persons);

  function checkStep(): Errors {
    const errors: Errors = {};
    if (step === 1) {
      if (!isKind(benefit)) errors.benefit = t('selfCheck.err.benefit');
      if (!/^\d+$/.test(persons.trim()) || size < 1 || size > MAX_PERSONS)
        errors.persons = t('selfCheck.err.persons', { max: MAX_PERSONS });
    }
    if (step === 2)
      incomes.forEach((v, i) => {
        if (parseZloty(v) === null) errors[`household.${i}.netIncome`] = t('selfCheck.err.income');
      });
    if (step === 3 && !unable) errors.unable = t('selfCheck.err.unable');
    return errors;
  }

  async function next(e: FormEvent) {
    e.preventDefault();
    const errors = checkStep();
    if (Object.keys(errors).length) return invalid(errors);
    reset();
    if (step === 1) setIncomes((old) => Array.from({ length: size }, (_, i) => old[i] ?? ''));
    if (step < steps) return setStep(step + 1);
    const body = {
      benefit,
      date: todayIso(),
      household: incomes.map((v, i) => ({
        role: i === 0 ? 'applicant' : 'member',
        netIncome: parseZloty(v) ?? 0,
        unableToWork: i === 0 && benefit === 'zasilekStaly' && unable === 'yes',
      })),
    };
    const v = CalculatorRequest.safeParse(body);
    if (!v.success) return invalid({ benefit: t('selfCheck.err.benefit') });
    await run(async () => {
      setAnswer(await api.post<CalculatorAnswer>('/api/v1/calculators/social-assistance', v.data));
    });
  }

  function restart() {
    setBenefit('');
    setPersons('1');
    setIncomes(['']);
    setUnable('');
    setAnswer(null);
    setStep(1);
    reset();
  }

  const back = () => {
    reset();
    setStep(step - 1);
  };

  return (
    <Page title={t('selfCheck.title')} lead={t('selfCheck.lead')}>
      <p className="hint">{t('selfCheck.privacy')}</p>
      {answer && isKind(benefit) ? (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {t('selfCheck.answer', { benefit: t(`selfCheck.benefit.${benefit}`) })}
          </h2>
          <SelfCheckResult
            benefit={benefit}
            answer={answer}
            unableToWork={unable === 'yes'}
            onRestart={restart}
          />
        </>
      ) : (
        <form onSubmit={next} noValidate className="card" autoComplete="off">
          <p className="steps-progress">{t('selfCheck.progress', { step, steps })}</p>
          <h2 ref={heading} tabIndex={-1}>
            {t(`selfCheck.step${step}`)}
          </h2>
          <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
          {step === 1 ? (
            <>
              <RadioGroup
                id={fieldId('benefit')}
                legend={t('selfCheck.benefit')}
                value={benefit}
                onValue={setBenefit}
                error={state.errors.benefit}
                required
                options={CalculatorBenefit.options.map((k) => ({
                  value: k,
                  label: t(`selfCheck.benefit.${k}`),
                  hint: t(`selfCheck.benefit.${k}.hint`),
                }))}
              />
              <TextField
                id={fieldId('persons')}
                label={t('selfCheck.persons')}
                hint={t('selfCheck.personsHint')}
                value={persons}
                onValue={setPersons}
                error={state.errors.persons}
                inputMode="numeric"
                required
                className="w-short"
              />
            </>
          ) : null}
          {step === 2 ? (
            <>
              <p>{t('selfCheck.incomesHint')}</p>
              {incomes.map((v, i) => {
                const path = `household.${i}.netIncome`;
                return (
                  <TextField
                    // biome-ignore lint/suspicious/noArrayIndexKey: one field per person, by position
                    key={i}
                    id={fieldId(path)}
                    label={i === 0 ? t('selfCheck.incomeOwn') : t('selfCheck.incomeOf', { n: i + 1 })}
                    hint={t('selfCheck.incomeHint')}
                    value={v}
                    onValue={(x) => setIncomes(incomes.map((y, j) => (j === i ? x : y)))}
                    error={state.errors[path]}
                    inputMode="decimal"
                    required
                    className="w-short"
                  />
                );
              })}
              <p className="hint">{tp('selfCheck.personsCount', incomes.length)}</p>
            </>
          ) : null}
          {step === 3 ? (
            <RadioGroup
              id={fieldId('unable')}
              legend={t('selfCheck.unable')}
              hint={t('selfCheck.unableHint')}
              value={unable}
              onValue={setUnable}
              error={state.errors.unable}
              required
              options={[
                { value: 'yes', label: t('selfCheck.yesLabel') },
                { value: 'no', label: t('selfCheck.noLabel') },
              ]}
            />
          ) : null}
          <div className="form-actions">
            {step > 1 ? (
              <button type="button" className="button secondary" onClick={back}>
                {t('selfCheck.back')}
              </button>
            ) : null}
            <button type="submit" className="button primary" disabled={state.busy}>
              {step < steps ? t('selfCheck.next') : t('selfCheck.check')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
