import { SelectField, type SelectFieldProps } from '../fields.tsx';

/** A select of the years from `to` down to `from` (a report's year, a register's year), newest first. */
export function YearSelect({
  year,
  from,
  to,
  ...field
}: Omit<SelectFieldProps, 'value' | 'options'> & { year: number | string; from: number; to: number }) {
  const years: { value: string; label: string }[] = [];
  for (let y = to; y >= from; y--) years.push({ value: String(y), label: String(y) });
  return <SelectField {...field} value={String(year)} options={years} />;
}
