import type { ReactNode } from 'react';

/**
 * The radio buttons of one choice inside the caller's fieldset (staff pages): a label a value, its
 * input named `name`, checked when it is `value`; `onValue` gets the one picked.
 */
export function RadioLabels<
  V extends string,
  O extends { value: V; label: string } = { value: V; label: string },
>({
  name,
  value,
  onValue,
  options,
  text,
}: {
  name: string;
  value: V | '';
  onValue(v: V): void;
  options: readonly O[];
  /** What stands after each button in place of a space and the label (the portal's label with its hint). */
  text?(option: O): ReactNode;
}) {
  return (
    <>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onValue(o.value)}
          />
          {text ? text(o) : <> {o.label}</>}
        </label>
      ))}
    </>
  );
}
