import { useI18n } from '../../app/i18n.tsx';
import { TextField, type TextFieldProps } from '../../components/fields.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';

// The fields the self-checks share, each fed by the form's `bind(path)`.

/** A short box for a sum as typed (złoty, m², hours): a decimal keyboard; required unless said. */
export const AmountField = (p: TextFieldProps) => (
  <TextField inputMode="decimal" required className="w-short" {...p} />
);

/** What `bind` gives a text field (its id, value, setter and error). */
export type Bound = { id: string; value: string; onValue(x: string): void; error: string | undefined };

/** Yes / no / "I am not sure", as the resident knows it. */
export function KnowsField(p: Bound & { legend: string }) {
  const { t } = useI18n();
  return (
    <RadioGroup
      {...p}
      required
      options={(['yes', 'no', 'unsure'] as const).map((k) => ({ value: k, label: t(`portalCheck.${k}`) }))}
    />
  );
}
