import type { Step } from '@ostoja/domain/applications/responses';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';

/** A calculation step by step, each with the provision it applies, as the decision will print it. */
export function CalculationSteps({ steps, caption }: { steps: Step[]; caption: string }) {
  return (
    <ol className="steps" aria-label={caption}>
      {steps.map((s, i) => (
        // Steps have no identity of their own; their order is the calculation's.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on every change
        <li key={i}>
          {s.text}
          <span className="article">{s.article}</span>
        </li>
      ))}
    </ol>
  );
}

/** The headline of a calculation: the amount (or not eligible) with the figures it came from. */
export function CalculationSummary({
  eligible,
  amount,
  range,
  benefitLabel,
  criterion,
  incomePerPerson,
  householdSize,
}: {
  eligible: boolean;
  amount: number;
  range?: { min: number; max: number | null } | undefined;
  benefitLabel: string;
  criterion: number;
  incomePerPerson: number;
  householdSize: number;
}) {
  const { t, money, tp } = useI18n();
  return (
    <>
      <p className="calc-amount">
        {eligible
          ? t('calc.amount', { benefit: benefitLabel, amount: money(amount) })
          : t('calc.notEligible')}
      </p>
      {eligible && range && range.max !== null && range.max !== range.min ? (
        <p>{t('calc.range', { min: money(range.min), max: money(range.max) })}</p>
      ) : null}
      <Details
        items={[
          [t('calc.criterion'), money(criterion)],
          [t('calc.incomePerPerson'), money(incomePerPerson)],
          [t('calc.householdSize'), tp('count.persons', householdSize)],
        ]}
      />
    </>
  );
}
