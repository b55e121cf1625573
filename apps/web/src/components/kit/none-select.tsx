import { SelectField, type SelectFieldProps } from '../fields.tsx';

/**
 * A select whose first option, with the value '', stands for nothing chosen: "choose…", "all", "no
 * exemption". `none` is that option's label; `options` are the rest.
 */
export function NoneSelect({ none, options, ...field }: SelectFieldProps & { none: string }) {
  return <SelectField {...field} options={[{ value: '', label: none }, ...options]} />;
}
