import { useI18n } from '../../app/i18n.tsx';
import type { KeyPrefix } from '../../i18n/keys.ts';
import { SelectField, type SelectFieldProps } from '../fields.tsx';

/**
 * A select of a fixed list of values (a domain's kinds, sources, methods), each shown by the
 * translation `${prefix}.${value}`; the rest are the field's props (`f.bind`, label, required).
 */
export function ListSelect({
  values,
  prefix,
  ...field
}: Omit<SelectFieldProps, 'options'> & { values: readonly string[]; prefix: KeyPrefix }) {
  const { tk } = useI18n();
  return <SelectField {...field} options={values.map((v) => ({ value: v, label: tk(prefix, v) }))} />;
}
