import type { ComponentProps } from 'react';
import { StepFrame as KitStepFrame } from '../../components/kit/step-frame.tsx';
import type { StepFormProps } from './use-step.ts';

/**
 * The kit's step frame, cancelled through the step form's props (`of`); the benefit's step forms
 * say nothing of the required fields' mark.
 */
export const StepFrame = ({
  of,
  ...p
}: Omit<ComponentProps<typeof KitStepFrame>, 'requiredNote' | 'onCancel'> & {
  of: Pick<StepFormProps, 'onCancel'>;
}) => <KitStepFrame requiredNote={false} onCancel={of.onCancel} {...p} />;
