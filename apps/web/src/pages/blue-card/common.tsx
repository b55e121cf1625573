import { PARTICIPANT_ROLES, type ParticipantRole } from '@ostoja/domain/blue-card/procedure';
import './blue-card.css';
import type { DeadlineState, Participant } from '@ostoja/domain/blue-card/responses';
import type { ReactNode } from 'react';
import { NavLink, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../components/fields.tsx';
import { YearSelect as YearsSelect } from '../../components/kit/year-select.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { BLUE_CARD_SCREENS, type BlueCardScreen } from './screens.ts';

/** The screens linked under each page heading, with their labels. */
const SECTIONS: [BlueCardScreen, UiKey][] = [
  ['/blue-cards', 'blueCards.nav.list'],
  ['/blue-cards/new', 'blueCards.nav.open'],
  ['/blue-cards/dashboard', 'blueCards.nav.dashboard'],
  ['/blue-cards/deadlines', 'blueCards.nav.deadlines'],
  ['/blue-cards/register', 'blueCards.nav.register'],
  ['/blue-card-statistics', 'blueCards.nav.statistics'],
];

/** The screens of the compartment, as links under each page heading; each shown to who may open it. */
export function BlueCardSections() {
  const { t } = useI18n();
  const { can } = useAuth();
  const shown = SECTIONS.filter(([to]) => can(BLUE_CARD_SCREENS[to]));
  if (shown.length < 2) return null;
  return (
    <nav aria-label={t('blueCards.nav.sections')} className="bc-sections">
      <ul>
        {shown.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end>
              {t(label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A due date with its state in words ("termin minął"), never by colour alone. */
export function DueDate({ due, state }: { due: string; state?: DeadlineState | undefined }) {
  const { t, date } = useI18n();
  const s = state ?? (due < todayIso() ? 'overdue' : 'onTrack');
  if (s === 'onTrack') return <>{date(due)}</>;
  return (
    <span className={s === 'overdue' ? 'bc-overdue' : 'bc-due-soon'}>
      {date(due)} — {t(`blueCards.due.${s}`)}
    </span>
  );
}

/** "Anna Kowalska" for the lists inside the procedure (first name first, as in the forms). */
export const personName = (p: { firstName: string; surname: string }) => `${p.firstName} ${p.surname}`;

/** The names of the procedure's persons by their id. */
export const personNames = (p: { participants: Participant[] }) =>
  new Map(p.participants.map((x) => [x.personId, personName(x)]));

/** The procedure's persons in the order of NK-A: victims, perpetrators, witnesses, children. */
export function byRole(people: Participant[]): Participant[] {
  const rank = (p: Participant) => Math.min(...p.roles.map((r) => PARTICIPANT_ROLES.indexOf(r)));
  return [...people].sort((a, b) => rank(a) - rank(b));
}

export const withRole = (people: Participant[], role: ParticipantRole) =>
  people.filter((p) => p.roles.includes(role));

/** A PDF of the procedure: opens in a new tab (the session cookie goes with it). */
export function PdfLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener">
      {children} (PDF)<span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}

/** The year of the register or the figures: this one and the ten before it (each year starts anew). */
export function YearSelect({ year, onYear }: { year: string; onYear(y: string): void }) {
  const { t } = useI18n();
  const now = new Date().getFullYear();
  return (
    <div className="inline-form">
      <YearsSelect
        id={fieldId('year')}
        label={t('blueCards.register.year')}
        year={year}
        from={now - 10}
        to={now}
        onValue={onYear}
      />
    </div>
  );
}

export function useYear(): [string, (y: string) => void] {
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(new Date().getFullYear());
  return [year, (y) => setParams({ year: y })];
}
