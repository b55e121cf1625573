import type { ComponentProps } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { FormCard } from './form-card.tsx';

/** A form's title whose button says `${title}Submit` ('sh.refer' and 'sh.referSubmit'). */
type TitleOf<K> = K extends `${infer A}Submit` ? (A extends UiKey ? A : never) : never;
export type FormTitle = TitleOf<UiKey>;

/** A FormCard titled `t(title)` whose button says `t(`${title}Submit`)`; the rest are FormCard's props. */
export function TitledFormCard({
  title,
  ...card
}: Omit<ComponentProps<typeof FormCard>, 'title' | 'submitLabel'> & { title: FormTitle }) {
  const { t } = useI18n();
  return <FormCard title={t(title)} submitLabel={t(`${title}Submit`)} {...card} />;
}
