import { TextField, type TextFieldProps } from '../fields.tsx';

/** A PESEL: eleven digits typed on the numeric keyboard, in a field as wide as they are. */
export const PeselField = (props: TextFieldProps) => (
  <TextField inputMode="numeric" className="w-pesel" {...props} />
);
