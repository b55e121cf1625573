import type { ComponentProps } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { FormCard } from './form-card.tsx';

/** A form's title whose button says its `.submit` twin ('nb.assign', 'nb.assign.submit'). */
type Titled = { [K in UiKey]: `${K}.submit` extends UiKey ? K : never }[UiKey];
/** What a form adds: it is titled `${of}.add` and its button says `${of}.submit` ('sch.plan'). */
type Adding = {
  [K in UiKey]: K extends `${infer B}.add` ? (`${B}.submit` extends UiKey ? B : never) : never;
}[UiKey];

/**
 * A FormCard inside a section of a page (its heading an <h3>) titled by `title` with the button its
 * `.submit` twin, or, for a form that adds to a list, by `of` (`${of}.add`, `${of}.submit`); the
 * rest are FormCard's props.
 */
export function SectionFormCard({
  title,
  of,
  ...card
}: Omit<ComponentProps<typeof FormCard>, 'title' | 'submitLabel' | 'level'> &
  ({ title: Titled; of?: never } | { of: Adding; title?: never })) {
  const { t } = useI18n();
  const [heading, submit]: [UiKey, UiKey] = of ? [`${of}.add`, `${of}.submit`] : [title, `${title}.submit`];
  return <FormCard title={t(heading)} submitLabel={t(submit)} level={3} {...card} />;
}
