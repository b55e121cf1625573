import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';

type Name = 'arrange' | 'invoice' | 'addHome' | 'addLimit';

/**
 * A funerals form card: its title is `fun.<name>`, its button `fun.<name>Submit`, its heading id
 * `fun-<id>-h` (the id is the name unless told).
 */
export function FunCard({
  name,
  id = name,
  ...form
}: Omit<ComponentProps<typeof FormCard>, 'headingId' | 'title' | 'submitLabel'> & {
  name: Name;
  id?: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <FormCard
      headingId={`fun-${id}-h`}
      title={t(`fun.${name}`)}
      submitLabel={t(`fun.${name}Submit`)}
      {...form}
    />
  );
}
