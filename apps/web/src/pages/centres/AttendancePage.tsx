import { addDays } from '@ostoja/domain/calendar/working-days';
import type { AttendanceSheet } from '@ostoja/domain/centres/facility';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { centresApi } from '../../api/centres.ts';
import type { ApiError } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { centresKeys, useFacility, useSheet } from './queries.ts';

type Row = AttendanceSheet['rows'][number];

/** One person's two big buttons: a tap marks present or absent and is saved at once. */
function MarkButtons({
  facilityId,
  day,
  row,
  can,
}: {
  facilityId: string;
  day: string;
  row: Row;
  can: boolean;
}) {
  const { t, msg } = useI18n();
  const client = useQueryClient();
  const mark = useMutation<unknown, ApiError, boolean>({
    mutationFn: (present) => centresApi.mark(row.enrolmentId, day, present),
    onSuccess: (_, present) => {
      client.setQueryData<AttendanceSheet>(
        centresKeys.sheet(facilityId, day),
        (s) =>
          s && { ...s, rows: s.rows.map((r) => (r.enrolmentId === row.enrolmentId ? { ...r, present } : r)) },
      );
      client.invalidateQueries({ queryKey: centresKeys.report(facilityId, day.slice(0, 7)) });
    },
  });
  const name = listName(row);
  const disabled = !can || !row.consentSigned || mark.isPending;
  return (
    <li
      className={`attendance-card${row.present === true ? ' is-present' : row.present === false ? ' is-absent' : ''}`}
    >
      <strong>{name}</strong>
      {!row.consentSigned ? <span className="hint">{t('ctr.consentMissing')}</span> : null}
      <div className="attendance-buttons">
        {([true, false] as const).map((present) => (
          <button
            key={String(present)}
            type="button"
            className={`button ${row.present === present ? 'primary' : 'secondary'}`}
            aria-pressed={row.present === present}
            disabled={disabled}
            onClick={() => mark.mutate(present)}
          >
            {t(present ? 'ctr.present' : 'ctr.absent')}
            <span className="visually-hidden"> — {name}</span>
          </button>
        ))}
      </div>
      {mark.error ? <Alert>{msg(mark.error.message)}</Alert> : null}
    </li>
  );
}

/** The day's register on a tablet: everyone enrolled, one tap for present or absent. */
export function AttendancePage() {
  const id = useRouteId();
  const [params, setParams] = useSearchParams();
  const day = params.get('day') ?? todayIso();
  const { t, date } = useI18n();
  const { can } = useAuth();
  const facility = useFacility(id);
  const sheet = useSheet(id, day);
  const go = (d: string) => setParams(d ? { day: d } : {}, { replace: true });
  if (facility.error) return <LoadError error={facility.error} onRetry={() => facility.refetch()} />;
  if (!facility.data) return <Loading />;
  const s = sheet.data;
  const present = s?.rows.filter((r) => r.present).length ?? 0;
  return (
    <Page
      title={t('ctr.attendanceTitle', { name: facility.data.name })}
      lead={<Link to={`/facilities/${id}`}>{facility.data.name}</Link>}
    >
      <div className="inline-form attendance-day">
        <button type="button" className="button secondary" onClick={() => go(addDays(day, -1))}>
          {t('ctr.prevDay')}
        </button>
        <TextField id="attendance-day" label={t('ctr.day')} type="date" value={day} onValue={go} />
        <button type="button" className="button secondary" onClick={() => go(addDays(day, 1))}>
          {t('ctr.nextDay')}
        </button>
      </div>
      {sheet.error ? <LoadError error={sheet.error} onRetry={() => sheet.refetch()} /> : null}
      {s ? (
        <>
          <p aria-live="polite">
            {s.open
              ? t('ctr.presentCount', { present, all: s.rows.length, day: date(day) })
              : t('ctr.closedDay', { day: date(day) })}
          </p>
          {s.open ? (
            <ul className="attendance-grid">
              {s.rows.map((r) => (
                <MarkButtons
                  key={r.enrolmentId}
                  facilityId={id}
                  day={day}
                  row={r}
                  can={can('centres.work')}
                />
              ))}
            </ul>
          ) : null}
        </>
      ) : sheet.isLoading ? (
        <Loading />
      ) : null}
    </Page>
  );
}
