import { hasMessage } from '@ostoja/domain';
import { useState } from 'react';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';
import { blueCardKeys } from './queries.ts';

function useActionLabel() {
  const { msg } = useI18n();
  return (a: string) => {
    for (const key of [`blueCard.action.${a}`, `auditAction.${a}`, `blueCards.audit.${a}`])
      if (hasMessage(key)) return msg(key);
    return a;
  };
}

function Entries({ procedureId }: { procedureId: string }) {
  const { t, dateTime } = useI18n();
  const label = useActionLabel();
  const log = useRead(blueCardKeys.accessLog(procedureId), (s) => blueCardApi.accessLog(procedureId, s));
  if (log.error || !log.data) return <Pending query={log} />;
  return (
    <ColumnTable
      compact
      caption={t('blueCards.accessLog.caption')}
      rows={log.data.items}
      columns={[
        { key: 'at', header: t('audit.at'), className: 'nowrap', cell: (r) => dateTime(r.at) },
        { key: 'actorLogin', header: t('audit.actorLogin'), cell: (r) => r.actorLogin ?? '—' },
        { key: 'action', header: t('audit.action'), cell: (r) => label(r.action) },
      ]}
    />
  );
}

/** Who read and changed the procedure (every read is logged); loaded only when asked for. */
export function AccessLogSection({ procedureId }: { procedureId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <Section id="bc-access" title={t('blueCards.accessLog.title')}>
      <p>
        <button
          type="button"
          className="button secondary"
          aria-expanded={shown}
          onClick={() => setShown(!shown)}
        >
          {shown ? t('blueCards.accessLog.hide') : t('blueCards.accessLog.show')}
        </button>
      </p>
      {shown ? <Entries procedureId={procedureId} /> : null}
    </Section>
  );
}
