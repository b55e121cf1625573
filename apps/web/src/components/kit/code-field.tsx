import { TextField, type TextFieldProps } from '../fields.tsx';

/**
 * A code, login or number typed exactly as it is (an account, a document's number): the browser
 * neither fills it in nor marks it as misspelt.
 */
export const CodeField = (props: TextFieldProps) => (
  <TextField autoComplete="off" spellCheck={false} {...props} />
);
