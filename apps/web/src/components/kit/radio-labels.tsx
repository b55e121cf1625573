/**
 * The radio buttons of one choice inside the caller's fieldset (staff pages): a label a value, its
 * input named `name`, checked when it is `value`; `onValue` gets the one picked.
 */
export function RadioLabels<V extends string>({
  name,
  value,
  onValue,
  options,
}: {
  name: string;
  value: V | '';
  onValue(v: V): void;
  options: readonly { value: V; label: string }[];
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
          />{' '}
          {o.label}
        </label>
      ))}
    </>
  );
}
