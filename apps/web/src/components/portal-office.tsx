import type { OpeningHours } from '@ostoja/domain/org/address';
import type { PublicOffice } from '../api/portal.ts';
import { useI18n } from '../app/i18n.tsx';
import { formatAddress } from '../lib/format.ts';

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Opening hours day by day ("poniedziałek 10:00–18:00"); days without hours are left out. */
export function HoursList({ hours }: { hours: OpeningHours }) {
  const { t, tk } = useI18n();
  if (hours.length === 0) return <p className="empty">{t('portal.office.noHours')}</p>;
  const days = [...new Set(hours.map((h) => h.day))].sort((a, b) => a - b);
  return (
    <dl className="hours-list">
      {days.map((d) => (
        <div key={d}>
          <dt>{tk('day', d)}</dt>
          <dd>
            {hours
              .filter((h) => h.day === d)
              .map((h) => `${h.open}–${h.close}`)
              .join(', ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** "Otwarte teraz" / "Teraz zamknięte" — in words, not only in colour. */
export function OpenNow({ open }: { open: boolean }) {
  const { t } = useI18n();
  return (
    <p className={`open-now ${open ? 'is-open' : 'is-closed'}`}>
      {open ? t('portal.office.openNow') : t('portal.office.closedNow')}
    </p>
  );
}

/** An office: its address, how to reach it, its hours and whether it is open at this moment. */
export function OfficeCard({
  office,
  heading = 'h2',
  openNow,
}: {
  /** From the offices list, or the address lookup's (which says neither "open now" nor the teams). */
  office: Omit<PublicOffice, 'openNow' | 'fieldTeams'> &
    Partial<Pick<PublicOffice, 'openNow' | 'fieldTeams'>>;
  heading?: 'h2' | 'h3';
  /** When known (from the offices list); the address lookup does not say. */
  openNow?: boolean | undefined;
}) {
  const { t } = useI18n();
  const H = heading;
  const open = openNow ?? office.openNow;
  return (
    <article className="card office-card" aria-labelledby={`office-${office.id}`}>
      <H id={`office-${office.id}`}>{office.name}</H>
      {open !== undefined ? <OpenNow open={open} /> : null}
      <p className="office-address">{formatAddress(office)}</p>
      {office.phone || office.email ? (
        <p>
          {office.phone ? (
            <>
              {t('portal.phone')}: <a href={tel(office.phone)}>{office.phone}</a>
            </>
          ) : null}
          {office.phone && office.email ? <br /> : null}
          {office.email ? (
            <>
              {t('portal.email')}: <a href={`mailto:${office.email}`}>{office.email}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="office-hours-title">{t('portal.office.hours')}</p>
      <HoursList hours={office.openingHours} />
      {office.fieldTeams?.length ? (
        <p className="small">
          {t('portal.office.teams')}: {office.fieldTeams.join(', ')}
        </p>
      ) : null}
    </article>
  );
}
