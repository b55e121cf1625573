import type { ComponentProps, ReactNode } from 'react';
import { describedBy, Messages, RequiredMark, TextAreaField as SharedTextAreaField } from './fields.tsx';
import { RadioLabels } from './kit/radio-labels.tsx';

// Fields the shared fields.tsx lacks, in its manner: a label for each control, the hint and the
// error beside it and named by aria-describedby, the id derived from the error path.

/**
 * A group of choices in a fieldset: the legend (with its required mark), its hint and error, then
 * the choices. The fieldset carries the id, so the error summary can move focus to it.
 */
interface Choices {
  id: string;
  legend: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
}

function ChoiceFieldset({
  id,
  legend,
  error,
  hint,
  required,
  className,
  children,
}: Choices & { className?: string; children: ReactNode }) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`radio-group${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}
      aria-describedby={describedBy({ id, hint, error })}
    >
      <legend>
        {legend}
        <RequiredMark on={required} />
      </legend>
      <Messages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** One choice of several, as radio buttons in a fieldset; the fieldset carries the id for the error summary. */
export function RadioGroup({
  value,
  onValue,
  options,
  ...frame
}: Choices & {
  value: string;
  onValue(v: string): void;
  options: { value: string; label: string; hint?: string }[];
}) {
  const { id } = frame;
  return (
    <ChoiceFieldset {...frame}>
      <RadioLabels
        name={id}
        value={value}
        onValue={onValue}
        options={options}
        text={(o) => (
          <span>
            {o.label}
            {o.hint ? <span className="hint"> — {o.hint}</span> : null}
          </span>
        )}
      />
    </ChoiceFieldset>
  );
}

/** Several choices as checkboxes: the chosen values, in the order of the options. */
/** The portal's text areas keep to the width of its narrow forms. */
export const TextAreaField = (p: ComponentProps<typeof SharedTextAreaField>) => (
  <SharedTextAreaField wide={false} {...p} />
);
