import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';

// The commission's proceedings towards treatment linked to this procedure (the team reported
// them): where each stands, inside the compartment. Nothing is shown when there is none.

export function AlcoholProceedingsSection({ procedureId }: { procedureId: string }) {
  const { t, tk, date } = useI18n();
  const linked = useRead(['blue-cards', 'alcohol-proceedings', procedureId], (s) =>
    alcoholCommissionApi.linkedToBlueCard(procedureId, s),
  );
  if (linked.error) return <LoadError error={linked.error} onRetry={() => linked.refetch()} />;
  if (!linked.data?.items.length) return null;
  return (
    <Section id="bc-alcohol" title={t('blueCards.alcohol.title')}>
      <p>{t('blueCards.alcohol.lead')}</p>
      <ColumnTable
        compact
        caption={t('blueCards.alcohol.title')}
        rows={linked.data.items}
        columns={[
          { key: 'number', header: t('blueCards.alcohol.number'), cell: (p) => p.number },
          { key: 'person', header: t('blueCards.alcohol.person'), cell: (p) => p.person.fullName },
          dateColumn('reportedOn', t('blueCards.alcohol.reportedOn'), date),
          {
            key: 'status',
            header: t('blueCards.alcohol.status'),
            cell: (p) =>
              `${t(`ac.status.${p.status}`)}${p.closeReason ? ` — ${t(`ac.ev.reason.${p.closeReason}`)}` : ''}`,
          },
          {
            key: 'steps',
            header: t('blueCards.alcohol.steps'),
            cell: (p) =>
              p.events.length
                ? p.events.map((e) => `${date(e.on)} ${tk('ac.event', e.type)}`).join('; ')
                : '—',
          },
          {
            key: 'next',
            header: t('blueCards.alcohol.next'),
            cell: (p) =>
              p.nextDue && p.nextDueKind
                ? t('ac.due', { kind: t(`ac.dueKind.${p.nextDueKind}`), date: date(p.nextDue) })
                : '—',
          },
        ]}
      />
    </Section>
  );
}
