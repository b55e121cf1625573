import { CalculatorBenefit } from '@ostoja/domain/benefits/self-check';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { type CalculatorAnswer, portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CountField, TextField } from '../../components/fields.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { PORTAL_CHECKS } from './self-check-paths.ts';
import { SelfCheckResult } from './self-check-result.tsx';
import { calculatorRequest, EMPTY, isKind, stepSchema, stepsOf, type Values } from './self-check-steps.ts';

const PORTAL_CHECK_LIST = Object.entries(PORTAL_CHECKS);

/**
 * "Czy mogę dostać?": three short steps (which allowance and how many people, their net incomes,
 * for zasiłek stały the inability to work), then the public calculator's answer explained.
 * Nothing typed leaves this component's state: no storage, no address bar, no cookie.
 */
export function SelfCheckPage() {
  const { t, tp } = useI18n();
  const [params] = useSearchParams();
  const preset = params.get('benefit');
  const [step, setStep] = useState(1);
  const [answer, setAnswer] = useState<CalculatorAnswer | null>(null);
  const f = useEditForm({
    schema: stepSchema(step),
    defaultValues: { ...EMPTY, benefit: isKind(preset) ? preset : '' },
    toBody: (v: Values) => v,
    // A step before the last only moves on; the last asks the public calculator.
    save: async (v: Values) => {
      if (step === stepsOf(v.benefit)) return portalApi.selfCheck(calculatorRequest(v));
      if (step === 1) {
        const size = Number(v.persons);
        const old = v.household;
        f.form.setValue(
          'household',
          Array.from({ length: size }, (_, i) => old[i] ?? { netIncome: '' }),
        );
      }
      return null;
    },
    onSaved: (a) => (a ? setAnswer(a) : setStep(step + 1)),
  });
  const { benefit, household, unable } = f.values;
  const steps = stepsOf(benefit);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new step (and the answer) takes the focus, so a screen reader hears where it is.
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step or answer changes
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step, answer]);

  function restart() {
    f.reset({ ...EMPTY });
    setAnswer(null);
    setStep(1);
  }

  const back = () => {
    f.reset(f.form.getValues());
    setStep(step - 1);
  };

  return (
    <Page title={t('selfCheck.title')} lead={t('selfCheck.lead')}>
      <p className="hint">{t('selfCheck.privacy')}</p>
      <ul>
        <li>
          <Link to="/portal/family-self-check">{t('familyCheck.link')}</Link>
        </li>
        {PORTAL_CHECK_LIST.map(([path, check]) => (
          <li key={path}>
            <Link to={`/portal/self-check/${path}`}>{t(`selfCheck.benefit.${check}`)}</Link>
          </li>
        ))}
      </ul>
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
        <form
          onSubmit={(e) => {
            e.preventDefault();
            f.submit();
          }}
          noValidate
          className="card"
          autoComplete="off"
        >
          <p className="steps-progress">{t('selfCheck.progress', { step, steps })}</p>
          <h2 ref={heading} tabIndex={-1}>
            {t(`selfCheck.step${step as 1 | 2 | 3}`)}
          </h2>
          <ErrorSummary errors={f.errors} message={f.message} version={f.attempt} />
          {step === 1 ? (
            <>
              <RadioGroup
                {...f.bind('benefit')}
                legend={t('selfCheck.benefit')}
                required
                options={CalculatorBenefit.options.map((k) => ({
                  value: k,
                  label: t(`selfCheck.benefit.${k}`),
                  hint: t(`selfCheck.benefit.${k}.hint`),
                }))}
              />
              <CountField
                {...f.bind('persons')}
                label={t('selfCheck.persons')}
                hint={t('selfCheck.personsHint')}
                required
              />
            </>
          ) : null}
          {step === 2 ? (
            <>
              <p>{t('selfCheck.incomesHint')}</p>
              {household.map((_, i) => (
                <TextField
                  // biome-ignore lint/suspicious/noArrayIndexKey: one field per person, by position
                  key={i}
                  {...f.bind(`household.${i}.netIncome`)}
                  label={i === 0 ? t('selfCheck.incomeOwn') : t('selfCheck.incomeOf', { n: i + 1 })}
                  hint={t('selfCheck.incomeHint')}
                  inputMode="decimal"
                  required
                  className="w-short"
                />
              ))}
              <p className="hint">{tp('selfCheck.personsCount', household.length)}</p>
            </>
          ) : null}
          {step === 3 ? (
            <RadioGroup
              {...f.bind('unable')}
              legend={t('selfCheck.unable')}
              hint={t('selfCheck.unableHint')}
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
            <button type="submit" className="button primary" disabled={f.busy}>
              {step < steps ? t('selfCheck.next') : t('selfCheck.check')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
