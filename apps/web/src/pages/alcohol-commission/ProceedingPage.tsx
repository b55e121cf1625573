import type { ProceedingEvent } from '@ostoja/domain/alcohol-commission/proceeding';
import { hasMessage } from '@ostoja/domain/i18n/index';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { EventForm } from './event-form.tsx';
import { DueCell } from './ProceedingsPage.tsx';
import { useProceeding } from './queries.ts';
import { ShareProceeding } from './share.tsx';

/** What an event says, in a line: the fields as entered, labelled in the reader's language. */
function EventDetails({ e }: { e: ProceedingEvent }) {
  const { date, money, msg, t, tk } = useI18n();
  const parts = Object.entries(e.details).map(([k, v]) => {
    const text =
      typeof v === 'boolean'
        ? t(v ? 'ac.yes' : 'ac.no')
        : k === 'amount'
          ? money(Number(v))
          : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
            ? date(v)
            : hasMessage(`ac.ev.${k}.${String(v)}`)
              ? msg(`ac.ev.${k}.${String(v)}`)
              : String(v ?? '—');
    return `${tk('ac.ev', k)}: ${text}`;
  });
  return <>{parts.join('; ')}</>;
}

/** A proceeding: the report, each dated step with its letter, the next deadline, the next step. */
export function ProceedingPage() {
  const id = useRouteId();
  const { t, tk, date } = useI18n();
  const q = useProceeding(id);
  if (q.error || !q.data) return <Pending query={q} />;
  const p = q.data;
  return (
    <Page title={`${p.number} — ${p.person.fullName}`} lead={t('ac.proceeding.lead')}>
      <dl className="facts">
        <dt>{t('ac.status')}</dt>
        <dd>
          <StatusBadge tone={p.status === 'closed' ? 'neutral' : 'ok'}>
            {t(`ac.status.${p.status}`)}
          </StatusBadge>
        </dd>
        <dt>{t('ac.nextDue')}</dt>
        <dd>
          <DueCell p={p} today={todayIso()} />
        </dd>
        <dt>{t('ac.reportedOn')}</dt>
        <dd>
          {date(p.reportedOn)} — {t(`ac.reporter.${p.reporter.kind}`)}: {p.reporter.name}
          {p.reporter.institution ? ` (${p.reporter.institution})` : ''}
        </dd>
        <dt>{t('ac.grounds')}</dt>
        <dd>{p.grounds.map((g) => t(`ac.ground.${g}`)).join('; ')}</dd>
        <dt>{t('ac.description')}</dt>
        <dd>{p.description}</dd>
        {p.closeReason ? (
          <>
            <dt>{t('ac.closeReason')}</dt>
            <dd>
              {date(p.closedOn ?? '')} — {t(`ac.ev.reason.${p.closeReason}`)}
            </dd>
          </>
        ) : null}
      </dl>
      {p.closedOn ? null : <ShareProceeding p={p} />}
      <RowsSection<ProceedingEvent>
        id="ac-events"
        title={t('ac.events')}
        rows={p.events}
        empty={t('ac.events.none')}
        compact
        columns={[
          { key: 'on', header: t('ac.ev.on'), cell: (e) => date(e.on), className: 'nowrap' },
          { key: 'type', header: t('ac.ev.type'), cell: (e) => t(`ac.event.${e.type}`) },
          { key: 'details', header: t('ac.ev.details'), cell: (e) => <EventDetails e={e} /> },
          {
            key: 'documents',
            header: t('ac.ev.documents'),
            cell: (e) => (
              <>
                {e.hasLetter ? (
                  <a
                    className="button secondary small"
                    href={alcoholCommissionApi.letterUrl(p.id, e.id)}
                    download={`${e.type}-${p.number.replaceAll('/', '-')}.pdf`}
                  >
                    {tk('ac.letter', e.type)}
                    <span className="visually-hidden"> — {date(e.on)}</span>
                  </a>
                ) : null}
                {e.hasAttachment ? (
                  <a href={alcoholCommissionApi.attachmentUrl(p.id, e.id)} download>
                    {t('ac.ev.attachment')}
                  </a>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {p.allowedEvents.length ? (
        <section aria-labelledby="ac-step-h" className="card">
          <h2 id="ac-step-h">{t('ac.ev.title')}</h2>
          <EventForm key={p.events.length} proceeding={p} />
        </section>
      ) : null}
    </Page>
  );
}
