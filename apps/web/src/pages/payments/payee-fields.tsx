import { useI18n } from '../../app/i18n.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import type { Errors } from '../../lib/forms.ts';

/**
 * Who the money goes to, after the method is chosen: the account for a transfer, and someone
 * other than the beneficiary (a guardian, say). On a schedule's change of payee and on paying
 * returned money again; `prefix` keeps the ids apart where several forms share a page.
 */
export function PayeeFields({
  prefix = '',
  v,
  set,
  errors,
}: {
  prefix?: string;
  /** The form's values (the method chosen, the account, the other recipient). */
  v: { method: string; iban: string; recipientName: string };
  /** The form's setter of a value by name. */
  set(name: 'iban' | 'recipientName'): (value: string) => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const bound = (name: 'iban' | 'recipientName') => ({
    id: fieldId(`${prefix}${name}`),
    value: v[name],
    onValue: set(name),
    error: errors[name],
  });
  return (
    <>
      {v.method === 'transfer' ? (
        <CodeField {...bound('iban')} label={t('pay.iban')} hint={t('pay.ibanHint')} required />
      ) : null}
      <TextField
        {...bound('recipientName')}
        label={t('pay.otherRecipient')}
        hint={t('pay.otherRecipientHint')}
      />
    </>
  );
}
