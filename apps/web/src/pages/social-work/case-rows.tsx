import type { CaseFile } from '@ostoja/domain/social-work/case-file';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import type { Column } from '../../components/kit/column-table.tsx';
import { RowsSection } from '../../components/kit/rows-section.tsx';

type ListName = 'plan' | 'tasks';

/**
 * One of the case file's lists (its plan, its tasks) named once: the section sw-<name>, its heading
 * sw.<name>, the line sw.<name>.empty while there are no rows; then the form that adds one.
 */
export function CaseRows<L extends ListName>({
  c,
  name,
  columns,
  children,
}: {
  c: CaseFile;
  name: L;
  columns: Column<CaseFile[L][number]>[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <RowsSection<CaseFile[L][number]>
      id={`sw-${name}`}
      title={t(`sw.${name}`)}
      compact
      rows={c[name]}
      empty={t(`sw.${name}.empty`)}
      columns={columns}
    >
      {children}
    </RowsSection>
  );
}
