import type { ComponentProps } from 'react';
import { StepFrame as KitStepFrame } from '../../components/kit/step-frame.tsx';

/** The kit's step frame; the benefit's step forms say nothing of the required fields' mark. */
export const StepFrame = (p: Omit<ComponentProps<typeof KitStepFrame>, 'requiredNote'>) => (
  <KitStepFrame requiredNote={false} {...p} />
);
