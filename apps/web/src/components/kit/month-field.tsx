import { TextField, type TextFieldProps } from '../fields.tsx';

/** A month ("2026-11") chosen on a page (a report's range, a list's month): the browser's month control. */
export const MonthField = (props: Omit<TextFieldProps, 'type'>) => <TextField type="month" {...props} />;
