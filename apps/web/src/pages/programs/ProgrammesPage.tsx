import type { Programme } from '@ostoja/domain/programs/programme';
import { programsApi } from '../../api/programs.ts';
import { useI18n } from '../../app/i18n.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { programsKeys } from './queries.ts';

/** The projects and programmes with their participants against the target. */
export function ProgrammesPage() {
  const { t, date } = useI18n();
  const list = usePagedList(programsKeys.list, programsApi.list);
  const columns: Column<Programme>[] = [
    linkColumn<Programme>('name', t('prg.name'), (g) => g.name, recordPath('/programmes')),
    { key: 'kind', header: t('prg.kind'), cell: (g) => t(`prg.kind.${g.kind}`) },
    { key: 'period', header: t('prg.period'), cell: (g) => `${date(g.startsOn)} – ${date(g.endsOn)}` },
    {
      key: 'participants',
      header: t('prg.participants'),
      cell: (g) => t('prg.participantsValue', { n: g.participants, target: g.targetParticipants }),
      sortValue: (g) => g.participants,
    },
  ];
  return (
    <Page title={t('prg.title')} lead={t('prg.lead')}>
      <ListTable empty={t('prg.none')} caption={t('prg.title')} columns={columns} list={list} />
    </Page>
  );
}
