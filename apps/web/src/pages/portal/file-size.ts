import { formatFileSize } from '@ostoja/domain/portal/files';
import { useI18n } from '../../app/i18n.tsx';
import { INTL_TAG } from './format.ts';

// Apart from hooks.ts: the size's module brings zod, which the portal's first page does without.

/** "1,2 MB": a file's size written in the UI language. */
export function useFileSize(): (bytes: number) => string {
  const { locale } = useI18n();
  return (bytes) => formatFileSize(bytes, INTL_TAG[locale]);
}
