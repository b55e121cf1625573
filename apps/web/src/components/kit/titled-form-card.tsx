import { hasMessage } from '@ostoja/domain/i18n/index';
import type { ComponentProps } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { FormCard } from './form-card.tsx';

/** A form's title whose button says `${title}Submit` ('sh.refer', 'sh.referSubmit'). */
type TitleOf<K> = K extends `${infer A}Submit` ? (A extends UiKey ? A : never) : never;
/** A form's title whose button says `${title}.submit` ('nb.assign', 'nb.assign.submit'). */
type DotTitle = { [K in UiKey]: `${K}.submit` extends UiKey ? K : never }[UiKey];
export type FormTitle = TitleOf<UiKey> | DotTitle;
/** What a form adds: it is titled `${of}.add` and its button says `${of}.submit` ('sch.plan'). */
type Adding = {
  [K in UiKey]: K extends `${infer B}.add` ? (`${B}.submit` extends UiKey ? B : never) : never;
}[UiKey];

type Props = Omit<ComponentProps<typeof FormCard>, 'title' | 'submitLabel'> &
  ({ title: FormTitle; of?: never } | { of: Adding; title?: never });

/** The title's key and its button's: the twin of `title`, or `${of}.add` and `${of}.submit`. */
function keysOf({ title, of }: { title?: FormTitle | undefined; of?: Adding | undefined }): [UiKey, UiKey] {
  if (of) return [`${of}.add`, `${of}.submit`];
  // The key's type says one of the two twins exists.
  const twin = `${title}Submit`;
  return [title!, (hasMessage(twin) ? twin : `${title}.submit`) as UiKey];
}

/** A FormCard titled by a key whose button says its twin (see `FormTitle`); the rest are FormCard's props. */
export function TitledFormCard({ title, of, ...card }: Props) {
  const { t } = useI18n();
  const [heading, submit] = keysOf({ title, of } as Pick<Props, 'title' | 'of'>);
  return <FormCard title={t(heading)} submitLabel={t(submit)} {...card} />;
}

/** The same inside a section of a page: its heading an <h3>. */
export const SectionFormCard = (p: Omit<Props, 'level'>) => <TitledFormCard level={3} {...(p as Props)} />;
