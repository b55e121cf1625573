import { useI18n } from '../../app/i18n.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import type { CursorList } from '../../components/kit/use-cursor-query.ts';
import { Section } from '../../components/page.tsx';

/** The services' register lists: each one's empty line and table caption. */
const LISTS = {
  'nb.neighbours': { empty: 'nb.noNeighbours', caption: 'nb.neighboursTable' },
  'nb.assignments': { empty: 'nb.noAssignments', caption: 'nb.assignmentsTable' },
  'tc.decisions': { empty: 'tc.noDecisions', caption: 'tc.decisions' },
  'tc.devices': { empty: 'tc.noDevices', caption: 'tc.devicesTable' },
} as const;

/** A register list in a section of its own: for `nb.neighbours` the section `nb-neighbours`, headed `nb.neighbours`. */
export function ServiceList<T>({
  name,
  columns,
  list,
}: {
  name: keyof typeof LISTS;
  columns: Column<T>[];
  list: CursorList<T>;
}) {
  const { t } = useI18n();
  return (
    <Section id={name.replace('.', '-')} title={t(name)}>
      <ListTable
        empty={t(LISTS[name].empty)}
        caption={t(LISTS[name].caption)}
        columns={columns}
        list={list}
      />
    </Section>
  );
}
