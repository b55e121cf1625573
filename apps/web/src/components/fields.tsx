import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../app/i18n.tsx';

/** The DOM id of a form field named by its error path: "members.0.person.pesel" → "f-members-0-person-pesel". */
export const fieldId = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

interface Described {
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
}

export function describedBy({ id, error, hint }: Described): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The asterisk is for the eye; assistive technology hears "required" from aria-required. */
export const RequiredMark = ({ on }: { on?: boolean | undefined }) =>
  on ? (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;

function Label({ id, label, required }: { id: string; label: string; required?: boolean | undefined }) {
  return (
    <label htmlFor={id}>
      {label}
      <RequiredMark on={required} />
    </label>
  );
}

export function Messages({ id, error, hint }: Described) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface FrameProps extends Described {
  label: string;
  required?: boolean | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** A labelled control: the label (with its required mark), the control, then its hint and error. */
function FieldFrame({ id, label, required, error, hint, className, children }: FrameProps) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      {children}
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/** What a control tells assistive technology: whether it is invalid or required, and what describes it. */
const controlAria = ({ id, error, hint, required }: Described & { required?: boolean | undefined }) => ({
  'aria-invalid': error ? true : undefined,
  'aria-required': required || undefined,
  'aria-describedby': describedBy({ id, error, hint }),
});

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export interface TextFieldProps extends InputProps, Described {
  label: string;
  value: string;
  onValue(value: string): void;
}

/**
 * A labelled text control (an <input> or a <textarea>) bound to a value: the frame, the control with
 * its ARIA, and the rest of the props on the control.
 */
function TextControl({
  as: Control,
  id,
  label,
  value,
  onValue,
  error,
  hint,
  required,
  className,
  ...rest
}: (TextFieldProps & { as: 'input' }) | (AreaFieldProps & { as: 'textarea' })) {
  return (
    <FieldFrame id={id} label={label} required={required} error={error} hint={hint} className={className}>
      <Control
        id={id}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => onValue(e.target.value)}
        {...controlAria({ id, error, hint, required })}
        {...(rest as object)}
      />
    </FieldFrame>
  );
}

export const TextField = (props: TextFieldProps) => <TextControl as="input" {...props} />;

/** An amount in złoty ("1234,56") bound to a form's field: required unless said otherwise. */
export const MoneyField = (props: TextFieldProps) => <TextField inputMode="decimal" required {...props} />;

/** A whole number (a count, minutes, a size): the numeric keyboard, a short field. */
export const CountField = (props: TextFieldProps) => (
  <TextField inputMode="numeric" className="w-short" {...props} />
);

/** The year a page shows (its figures, its register): a whole number typed in. */
export const YearField = ({
  year,
  onYear,
  ...props
}: Omit<TextFieldProps, 'value' | 'onValue'> & { year: number; onYear(y: number): void }) => (
  <TextField inputMode="numeric" value={String(year)} onValue={(v) => onYear(Number(v))} {...props} />
);

/** A date bound to a form's field: required and short unless said otherwise. */
export const DateField = (props: TextFieldProps) => (
  <TextField type="date" required className="w-short" {...props} />
);

export interface SelectFieldProps extends Described {
  label: string;
  value: string;
  onValue(value: string): void;
  options: { value: string; label: string }[];
  required?: boolean;
  className?: string;
  disabled?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  onValue,
  options,
  error,
  hint,
  required,
  className,
  disabled,
}: SelectFieldProps) {
  const { t } = useI18n();
  // With a value among none of the options (nothing chosen yet), the browser would show the first
  // option as if it were chosen, and the form would then say the field is empty.
  const unchosen = !options.some((o) => o.value === value);
  return (
    <FieldFrame id={id} label={label} required={required} error={error} hint={hint} className={className}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onValue(e.target.value)}
        {...controlAria({ id, error, hint, required })}
      >
        {unchosen ? <option value={value}>{t('form.choose')}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChecked,
  error,
  hint,
}: Described & { label: string; checked: boolean; onChecked(v: boolean): void }) {
  return (
    <div className={`field checkbox${error ? ' has-error' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChecked(e.target.checked)}
        {...controlAria({ id, error, hint })}
      />
      <label htmlFor={id}>{label}</label>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A group of checkboxes with one legend, an optional hint and one error (e.g. "choose at least one
 * benefit"; the server reports the set by its path, e.g. "invitedPersonIds"). The fieldset carries
 * the field's id so the error summary links here; `className` frames it ("group checkbox-group"
 * draws the group's border); `grid` sets long lists (months, kinds of help) in columns. The chosen
 * values keep the options' order, whatever order they were ticked in.
 */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  hint,
  options,
  value,
  onValue,
  error,
  required,
  grid = false,
  className = 'checkbox-group',
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  options: { value: V; label: string }[];
  value: readonly V[];
  onValue(v: V[]): void;
  error?: string | undefined;
  required?: boolean | undefined;
  grid?: boolean;
  className?: string;
}) {
  const toggle = (v: V, on: boolean) =>
    onValue(options.map((o) => o.value).filter((x) => (x === v ? on : value.includes(x))));
  const boxes = options.map((o) => (
    <CheckboxField
      key={o.value}
      id={`${id}-${o.value}`}
      label={o.label}
      checked={value.includes(o.value)}
      onChecked={(on) => toggle(o.value, on)}
    />
  ));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`${className}${error ? ' has-error' : ''}`}
      aria-describedby={describedBy({ id, error, hint })}
    >
      <legend>
        {legend}
        <RequiredMark on={required} />
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <GroupError id={`${id}-error`} error={error} />
      {grid ? <div className="check-grid">{boxes}</div> : boxes}
    </fieldset>
  );
}

/** The error of a group of fields (a fieldset), e.g. "exactly one applicant". */
export function GroupError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error" tabIndex={-1}>
      {error}
    </p>
  );
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

interface AreaFieldProps extends AreaProps, Described {
  label: string;
  value: string;
  onValue(v: string): void;
  /** Full width (the default). */
  wide?: boolean;
}

/** A labelled multi-line field (full width unless `wide={false}`), its hint and error linked. */
export function TextAreaField({ rows = 3, wide = true, className, ...props }: AreaFieldProps) {
  const classes = [wide ? 'wide' : '', className ?? ''].filter(Boolean).join(' ');
  return <TextControl as="textarea" rows={rows} className={classes} {...props} />;
}
