import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { useI18n } from '../../app/i18n.tsx';
import { CalculationSteps } from '../benefits/calculation.tsx';

/**
 * A decision's justification under its heading (an <h2>, or an <h3> inside a section): how its fee
 * was computed, step by step, in a table captioned by the heading's text.
 */
export function Justification({
  title,
  steps,
  level = 2,
}: {
  title: string;
  steps: unknown[];
  level?: 2 | 3;
}) {
  const { locale } = useI18n();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>{title}</Heading>
      <CalculationSteps steps={renderExplanation(steps as never, locale)} caption={title} />
    </>
  );
}
