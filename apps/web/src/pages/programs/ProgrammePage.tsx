import type { Criterion, Participant } from '@ostoja/domain/programs/programme';
import { programsApi } from '../../api/programs.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { Facts } from '../../components/kit/details.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { ParticipantForm } from './participant-form.tsx';
import { programsKeys, useProgramme } from './queries.ts';

function useCriterionText() {
  const { t } = useI18n();
  return (c: Criterion) =>
    c.kind === 'reason'
      ? t('prg.criterion.reason', { reasons: c.reasons.join(', ') })
      : c.kind === 'incomeMax'
        ? t('prg.criterion.incomeMax', { percent: c.percent })
        : t(`prg.criterion.${c.kind}`, { years: c.years });
}

function Participants({ programmeId }: { programmeId: string }) {
  const { t, date } = useI18n();
  const list = useCursorQuery(programsKeys.participants(programmeId), (after, signal) =>
    programsApi.participants(programmeId, { after, limit: 100 }, signal),
  );
  const columns: Column<Participant>[] = [
    linkColumn<Participant>('name', t('prg.person'), listName, (x) => `/persons/${x.personId}`),
    dateColumn('joinedOn', t('prg.joinedOn'), date),
    {
      key: 'status',
      header: t('prg.status'),
      cell: (x) => (
        <StatusBadge tone={x.status === 'left' ? 'off' : 'ok'}>{t(`prg.status.${x.status}`)}</StatusBadge>
      ),
    },
    {
      key: 'supports',
      header: t('prg.supports'),
      cell: (x) => x.supports.map((s) => s.form).join('; ') || '—',
    },
  ];
  if (list.error) return <LoadError error={list.error} onRetry={() => list.reload()} />;
  if (list.loaded && !list.items.length) return <p className="empty">{t('prg.noParticipants')}</p>;
  return <PagedTable caption={t('prg.participants')} columns={columns} list={list} />;
}

/** A project: its facts and criteria, the participants, recruitment, and the way to the funder's report. */
export function ProgrammePage() {
  const id = useRouteId();
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const criterion = useCriterionText();
  const q = useProgramme(id);
  if (q.error || !q.data) return <Pending query={q} />;
  const g = q.data;
  return (
    <Page
      title={g.name}
      lead={t(`prg.kind.${g.kind}`)}
      actions={<ActionLink to={`/programmes/${g.id}/report`}>{t('prg.report')}</ActionLink>}
    >
      <Facts
        items={[
          [t('prg.funder'), g.funder],
          [t('prg.period'), `${date(g.startsOn)} – ${date(g.endsOn)}`],
          [t('prg.budget'), money(g.budgetGrosze)],
          [
            t('prg.participants'),
            t('prg.participantsValue', { n: g.participants, target: g.targetParticipants }),
          ],
          [
            t('prg.criteria'),
            g.criteria.length ? g.criteria.map(criterion).join('; ') : t('prg.criteria.none'),
          ],
        ]}
      />
      {can('programs.work') ? <ParticipantForm programme={g} /> : null}
      <Section id="prg-participants" title={t('prg.participants')}>
        <Participants programmeId={g.id} />
      </Section>
    </Page>
  );
}
