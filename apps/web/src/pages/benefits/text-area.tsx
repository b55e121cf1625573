/** A group of checkboxes with one legend and one error (e.g. "choose at least one benefit"). */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  options,
  value,
  onValue,
  error,
  required,
}: {
  id: string;
  legend: string;
  options: { value: V; label: string }[];
  value: V[];
  onValue(v: V[]): void;
  error?: string | undefined;
  required?: boolean;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`checkbox-group${error ? ' has-error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {legend}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <div className="field checkbox" key={o.value}>
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={value.includes(o.value)}
            onChange={(e) =>
              onValue(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))
            }
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export { TextAreaField } from '../../components/fields.tsx';
