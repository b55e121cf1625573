import type { Duty } from '@ostoja/domain/counselling/slots';
import type { SpecialistKind } from '@ostoja/domain/counselling/specialist';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { Queryable } from '../../db/db.ts';
import * as repo from './repo.ts';

// Demo specialists and duty hours from seed 001 (MOPS Pruszków, Punkt Przeciwdziałania Przemocy,
// ul. Jasna 3): violence consultant Tue+Wed 12–16, lawyer Thu 8–12, drug addiction consultant
// Fri 11–16, psychologist Mon/Wed/Fri 9–13 and by phone only (500 135 649) in July and August.
// Slot lengths, rooms and the phone line for parents and seniors (seed 001 mentions phone advice
// "for parents and seniors" without hours) are the demo's own.
const ALL_BUT_SUMMER = [1, 2, 3, 4, 5, 6, 9, 10, 11, 12];

type DutySpec = Omit<
  Duty,
  'specialistId' | 'officeId' | 'validFrom' | 'validTo' | 'months' | 'room' | 'phone'
> & {
  months?: number[];
  room?: string;
  phone?: string;
};
const at = (
  weekdays: number[],
  start: string,
  end: string,
  slotMinutes: number,
  more: Partial<DutySpec> = {},
) => weekdays.map((weekday) => ({ weekday, start, end, slotMinutes, mode: 'inPerson' as const, ...more }));

const SPECIALISTS: {
  kind: SpecialistKind;
  publicName: string;
  login?: string;
  description: { pl: string; uk: string; en: string };
  duties: DutySpec[];
}[] = [
  {
    kind: 'psychologist',
    publicName: 'Psycholog — Łukasz Poradniczy',
    login: 'psycholog',
    description: {
      pl: 'Wsparcie psychologiczne dla dorosłych, także osób doznających przemocy.',
      uk: 'Психологічна підтримка для дорослих, зокрема для осіб, які зазнають насильства.',
      en: 'Psychological support for adults, including people experiencing violence.',
    },
    duties: [
      ...at([1, 3, 5], '09:00', '13:00', 60, { months: ALL_BUT_SUMMER, room: 'pokój 3' }),
      ...at([1, 3, 5], '09:00', '13:00', 30, { mode: 'phone', months: [7, 8], phone: '500 135 649' }),
    ],
  },
  {
    kind: 'violenceConsultant',
    publicName: 'Konsultant ds. przeciwdziałania przemocy',
    description: {
      pl: 'Rozmowa o sytuacji w domu, plan bezpieczeństwa, informacja o procedurze Niebieskiej Karty.',
      uk: 'Розмова про ситуацію вдома, план безпеки, інформація про процедуру «Блакитна карта».',
      en: 'A talk about the situation at home, a safety plan, information on the Blue Card procedure.',
    },
    duties: at([2, 3], '12:00', '16:00', 60, { room: 'pokój 1' }),
  },
  {
    kind: 'lawyer',
    publicName: 'Prawnik',
    description: {
      pl: 'Porady z prawa rodzinnego i opiekuńczego, zabezpieczenia społecznego i praw lokatorów.',
      uk: 'Консультації з сімейного та опікунського права, соціального забезпечення та прав орендарів.',
      en: 'Advice on family and guardianship law, social security and tenants’ rights.',
    },
    duties: at([4], '08:00', '12:00', 30, { room: 'pokój 2' }),
  },
  {
    kind: 'addictionConsultant',
    publicName: 'Konsultant ds. przeciwdziałania narkomanii',
    description: {
      pl: 'Porady dla osób uzależnionych i ich bliskich.',
      uk: 'Консультації для людей із залежністю та їхніх близьких.',
      en: 'Advice for people with addictions and their families.',
    },
    duties: at([5], '11:00', '16:00', 60, { room: 'pokój 1' }),
  },
  {
    kind: 'familyCounsellor',
    publicName: 'Telefon wsparcia dla rodziców i seniorów',
    description: {
      pl: 'Porada przez telefon: zadzwoń pod podany numer o zarezerwowanej godzinie.',
      uk: 'Консультація телефоном: зателефонуйте за вказаним номером у заброньований час.',
      en: 'Advice by phone: call the number given at the time you booked.',
    },
    duties: at([2, 4], '15:00', '17:00', 20, { mode: 'phone', phone: '22 728-44-97' }),
  },
];

export async function seedCounsellingDemo(q: Queryable, units: Record<string, string>) {
  for (const s of SPECIALISTS) {
    const user = s.login
      ? (await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [s.login])).rows[0]?.id
      : undefined;
    const specialistId = await repo.insertSpecialist(q, {
      kind: s.kind,
      publicName: s.publicName,
      staffUserId: user ?? null,
      texts: {
        pl: { description: s.description.pl },
        uk: { description: s.description.uk },
        en: { description: s.description.en },
      },
      active: true,
      sortKey: polishSortKey(s.publicName),
    });
    for (const d of s.duties)
      await repo.insertDuty(q, {
        ...d,
        specialistId,
        officeId: d.mode === 'inPerson' ? (units.jasna ?? null) : null,
        room: d.room ?? null,
        phone: d.phone ?? null,
        validFrom: '2024-01-01',
        validTo: null,
        months: d.months ?? null,
      });
  }
}
