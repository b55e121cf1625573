import { useI18n } from '../../app/i18n.tsx';
import type { KeyPrefix, UiKey } from '../../i18n/keys.ts';
import { SelectField } from '../fields.tsx';

/**
 * A list's filter by state: the open records (listed first), the closed ones, or all. The label is
 * the text of `prefix`, the options' texts are `${prefix}.open`, `.closed` and `.all`; `all` is the
 * value that shows every record ('' where the list's query then leaves the state out).
 */
export function StateFilter<A extends '' | 'all'>({
  id,
  prefix,
  all,
  value,
  onValue,
}: {
  id: string;
  prefix: KeyPrefix & UiKey;
  all: A;
  value: 'open' | 'closed' | NoInfer<A>;
  onValue(v: 'open' | 'closed' | NoInfer<A>): void;
}) {
  const { t, tk } = useI18n();
  return (
    <SelectField
      id={id}
      label={t(prefix)}
      value={value}
      onValue={(v) => onValue(v as typeof value)}
      options={[
        { value: 'open', label: tk(prefix, 'open') },
        { value: 'closed', label: tk(prefix, 'closed') },
        { value: all, label: tk(prefix, 'all') },
      ]}
    />
  );
}
