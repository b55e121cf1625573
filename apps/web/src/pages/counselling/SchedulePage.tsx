import { addDays } from '@ostoja/domain/calendar/working-days';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ScheduleOf, StaffBooking } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { DateField, fieldId, SelectField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { ConsultationForm } from './consultation-form.tsx';
import { useCounsellingChanged, useDaySchedule, useSpecialists } from './queries.ts';
import { BookingActions } from './schedule-actions.tsx';
import { useDayName } from './slot-text.tsx';

function Contact({ b }: { b: StaffBooking }) {
  return (
    <>
      <strong>{b.name ?? '—'}</strong>
      {b.phone ? <div>{b.phone}</div> : null}
      {b.email ? <div>{b.email}</div> : null}
      {b.note ? <div className="hint">{b.note}</div> : null}
    </>
  );
}

/** One specialist's day: every slot (free or booked), then displaced and cancelled bookings, walk-ins. */
function SpecialistDay({ s, date, onChanged }: { s: ScheduleOf; date: string; onChanged(): void }) {
  const { t, tk } = useI18n();
  // Which form is open: a booking's id, "walk-in", or none.
  const [recording, setRecording] = useState<string | null>(null);
  const recordFor =
    [...s.slots.map((x) => x.booking), ...s.displaced].find((b) => b?.id === recording) ?? null;
  const saved = () => {
    setRecording(null);
    onChanged();
  };
  /** The form recording a consultation: of a booking, or of a walk-in (no booking). */
  const consultation = (booking: StaffBooking | null, prefix: string) => (
    <ConsultationForm
      key={prefix}
      prefix={prefix}
      specialist={s}
      date={date}
      booking={booking}
      onSaved={saved}
      onCancel={() => setRecording(null)}
    />
  );
  return (
    <section aria-labelledby={`day-${s.id}`}>
      <h2 id={`day-${s.id}`}>
        {s.publicName} <span className="meta">({t(`specialistKind.${s.kind}`)})</span>
      </h2>
      {s.slots.length === 0 ? <p className="empty">{t('couns.schedule.noSlots')}</p> : null}
      {s.slots.length ? (
        <ColumnTable
          caption={t('couns.schedule.caption', { name: s.publicName })}
          compact
          rows={s.slots}
          rowKey={(x) => x.start}
          rowClassName={(x) => (x.booking ? undefined : 'schedule-slot free')}
          columns={[
            {
              key: 'time',
              header: t('couns.schedule.time'),
              className: 'nowrap',
              cell: (x) => (
                <>
                  {x.start}–{x.end}
                  <div className="hint">
                    {x.mode === 'phone' ? t('mode.phone') : (x.room ?? t('mode.inPerson'))}
                  </div>
                </>
              ),
            },
            {
              key: 'status',
              header: t('couns.schedule.status'),
              cell: (x) => (x.booking ? t(`bookingStatus.${x.booking.status}`) : t('couns.schedule.free')),
            },
            {
              key: 'resident',
              header: t('couns.schedule.resident'),
              cell: (x) => (x.booking ? <Contact b={x.booking} /> : null),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              cell: (x) => (
                <>
                  {x.booking ? (
                    <BookingActions
                      booking={x.booking}
                      onRecord={() => setRecording(x.booking!.id)}
                      onChanged={onChanged}
                    />
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
      {s.displaced.length ? (
        <Alert kind="warning" title={t('couns.schedule.displaced')}>
          <ul>
            {s.displaced.map((b) => (
              <li key={b.id}>
                {b.start}–{b.end}: <Contact b={b} />
                <BookingActions booking={b} onRecord={() => setRecording(b.id)} onChanged={onChanged} />
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {recordFor ? consultation(recordFor, `rec-${recordFor.id}`) : null}
      {s.cancelled.length ? (
        <>
          <h3>{t('couns.schedule.cancelled')}</h3>
          <ul>
            {s.cancelled.map((b) => (
              <li key={b.id}>
                {b.start}–{b.end}: {b.name ?? '—'} (
                {tk('couns.schedule.cancelledBy', b.cancelledBy ?? 'resident')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('couns.schedule.walkIns')}</h3>
      {s.walkIns.length ? (
        <ul>
          {s.walkIns.map((w) => (
            <li key={w.id}>
              {w.clientName ?? '—'}: {t(`consultationKind.${w.kind}`)}, {t(`mode.${w.mode}`)},{' '}
              {w.durationMinutes} min
            </li>
          ))}
        </ul>
      ) : null}
      {recording === 'walk-in' ? (
        consultation(null, `walkin-${s.id}`)
      ) : (
        <button type="button" className="button secondary" onClick={() => setRecording('walk-in')}>
          {t('couns.schedule.addWalkIn')}
          <span className="visually-hidden"> — {s.publicName}</span>
        </button>
      )}
    </section>
  );
}

/** The day's schedule of the signed-in specialist (or of the one chosen), day by day. */
export function SchedulePage() {
  const { t } = useI18n();
  const dayName = useDayName();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? todayIso();
  const specialistId = params.get('specialist') ?? '';
  const specialists = useSpecialists();
  const schedule = useDaySchedule(date, specialistId);
  const changed = useCounsellingChanged();
  const go = (next: { date?: string; specialist?: string }) => {
    const merged = { date, specialist: specialistId, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)), { replace: true });
  };
  return (
    <Page title={t('couns.schedule.title')} lead={dayName(date)}>
      <div className="filters field-row">
        <DateField
          id={fieldId('date')}
          label={t('couns.schedule.date')}
          value={date}
          onValue={(d) => d && go({ date: d })}
          required={false}
        />
        <SelectField
          id={fieldId('specialist')}
          label={t('couns.specialist')}
          value={specialistId}
          onValue={(v) => go({ specialist: v })}
          options={[
            { value: '', label: t('couns.schedule.mine') },
            ...(specialists.data?.items ?? []).map((s) => ({ value: s.id, label: s.publicName })),
          ]}
        />
        <div className="inline-actions">
          <button type="button" className="button secondary" onClick={() => go({ date: addDays(date, -1) })}>
            {t('couns.schedule.prev')}
          </button>
          <button type="button" className="button secondary" onClick={() => go({ date: todayIso() })}>
            {t('couns.schedule.today')}
          </button>
          <button type="button" className="button secondary" onClick={() => go({ date: addDays(date, 1) })}>
            {t('couns.schedule.next')}
          </button>
        </div>
      </div>
      {schedule.error ? <LoadError error={schedule.error} onRetry={() => schedule.refetch()} /> : null}
      {!schedule.data && !schedule.error ? <Loading /> : null}
      {schedule.data?.specialists.map((s) => (
        <SpecialistDay key={`${s.id}-${date}`} s={s} date={date} onChanged={changed.schedule} />
      ))}
    </Page>
  );
}
