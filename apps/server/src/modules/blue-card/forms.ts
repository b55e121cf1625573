import { t } from '@ostoja/domain/i18n/index';
import { polishDate } from '@ostoja/domain/shared/today';
import type { BlueCardDoc, DocSection } from './pdf.ts';
import type { ProcedureRow } from './repo.ts';
import { contact, type DocCentre, FORM_B_INFORMATION, FORM_D_INFORMATION } from './texts.ts';

export type { DocCentre };

// The contents of NK-A…E and of the minutes, filled from the procedure's data. The wording
// follows the structure of the forms annexed to rozp. RM z 6.09.2023 (Dz.U. 2023 poz. 1870);
// the annexes' exact text is to be checked against the Dziennik Ustaw [M].

export interface DocPerson {
  personId: string;
  firstName: string;
  surname: string;
  pesel: string | null;
  birthDate: string;
  address: string | null;
  roles: string[];
}

/** The procedure as its forms show it: the stored fields and the legal basis of the team. */
export type DocProcedure = Pick<
  ProcedureRow,
  | 'number'
  | 'openedOn'
  | 'initiatorKind'
  | 'initiatorName'
  | 'initiatorInstitution'
  | 'place'
  | 'violenceForms'
  | 'description'
  | 'interventions'
  | 'victimPresent'
  | 'presenceNote'
> & { legalBasis: string };

type PlanItem = { action: string; responsible: string; due?: string | null };

const pl = (key: string) => t('pl', key);
const name = (p: DocPerson) => `${p.firstName} ${p.surname}`;
const date = (d: string | null | undefined) => (d ? polishDate(d) : '');
const yesNo = (b: boolean) => (b ? 'tak' : 'nie');

function base(p: DocProcedure, c: DocCentre, letter: string, subtitle: string, copyFor: string) {
  return {
    title: `NIEBIESKA KARTA – ${letter}`,
    subtitle,
    number: p.number,
    centre: c.name,
    legalBasis: p.legalBasis,
    copyFor,
  };
}

function personTable(heading: string, list: DocPerson[]): DocSection {
  return {
    heading,
    table: {
      head: ['Imię i nazwisko', 'PESEL', 'Data urodzenia', 'Adres'],
      widths: ['*', 'auto', 'auto', '*'],
      body: list.map((p) => [name(p), p.pesel ?? '', date(p.birthDate), p.address ?? '']),
    },
  };
}

const planTable = (items: PlanItem[]) => ({
  head: ['Działanie', 'Odpowiedzialny', 'Termin'],
  widths: ['*', 'auto', 'auto'],
  body: items.map((i) => [i.action, i.responsible, date(i.due)]),
});

/** NK-A: opening of the procedure — who filled it in, the persons, what happened. */
export function formA(p: DocProcedure, people: DocPerson[], c: DocCentre, copyFor: string): BlueCardDoc {
  const withRole = (r: string) => people.filter((x) => x.roles.includes(r));
  return {
    ...base(p, c, 'A', 'Wszczęcie procedury „Niebieskie Karty”', copyFor),
    sections: [
      {
        heading: 'Wszczęcie procedury',
        rows: [
          ['Data wypełnienia formularza', date(p.openedOn)],
          ['Formularz wypełnił(a)', `${p.initiatorName} (${pl(`blueCard.initiator.${p.initiatorKind}`)})`],
          ['Instytucja', p.initiatorInstitution],
          ['Miejsce zdarzenia', p.place ?? ''],
        ],
      },
      personTable('Osoby doznające przemocy domowej', withRole('victim')),
      personTable(
        'Osoby, co do których istnieje podejrzenie, że stosują przemoc domową',
        withRole('perpetrator'),
      ),
      personTable('Świadkowie', withRole('witness')),
      personTable('Dzieci w gospodarstwie domowym', withRole('child')),
      {
        heading: 'Opis sytuacji',
        rows: [['Formy przemocy', p.violenceForms.map((f) => pl(`blueCard.violence.${f}`)).join(', ')]],
        paragraphs: [p.description],
      },
      { heading: 'Podjęte działania interwencyjne', paragraphs: [p.interventions ?? '—'] },
      {
        heading: 'Obecność przy wypełnianiu formularza',
        rows: [
          ['W obecności osoby doznającej przemocy', yesNo(p.victimPresent)],
          ['Uwagi', p.presenceNote ?? ''],
        ],
      },
    ],
    signatures: ['podpis osoby wypełniającej formularz'],
  };
}

/** NK-B and NK-D: an information sheet handed to one person — addressee, date, the law's text, the centre. */
function informationSheet(
  p: DocProcedure,
  person: DocPerson,
  handedOn: string,
  c: DocCentre,
  copyFor: string,
  form: { letter: 'B' | 'D'; subtitle: string; information: DocSection[] },
): BlueCardDoc {
  return {
    ...base(p, c, form.letter, form.subtitle, copyFor),
    sections: [
      {
        heading: 'Adresat',
        rows: [
          ['Imię i nazwisko', name(person)],
          ['Data przekazania', date(handedOn)],
        ],
      },
      ...form.information,
      contact(c),
    ],
    signatures: ['podpis osoby przekazującej formularz'],
  };
}

/** NK-B: the information for the person experiencing violence. */
export function formB(p: DocProcedure, person: DocPerson, handedOn: string, c: DocCentre, copyFor: string) {
  return informationSheet(p, person, handedOn, c, copyFor, {
    letter: 'B',
    subtitle: 'Informacja dla osoby doznającej przemocy domowej',
    information: FORM_B_INFORMATION,
  });
}

/** NK-C: the assessment and the plan of help, made with the person experiencing violence. */
export function formC(
  p: DocProcedure,
  person: DocPerson,
  f: {
    filledOn: string;
    situation: string;
    needs?: string | null;
    plan: PlanItem[];
    agreedWithPerson: boolean;
  },
  members: string[],
  c: DocCentre,
  copyFor: string,
): BlueCardDoc {
  return {
    ...base(p, c, 'C', 'Ocena sytuacji i plan pomocy osobie doznającej przemocy domowej', copyFor),
    sections: [
      {
        heading: 'Osoba doznająca przemocy domowej',
        rows: [
          ['Imię i nazwisko', name(person)],
          ['Data', date(f.filledOn)],
        ],
      },
      { heading: 'Ocena sytuacji', paragraphs: [f.situation] },
      { heading: 'Potrzeby', paragraphs: [f.needs ?? '—'] },
      { heading: 'Indywidualny plan pomocy', table: planTable(f.plan) },
      {
        heading: 'Uzgodnienie',
        rows: [['Plan uzgodniony z osobą doznającą przemocy', yesNo(f.agreedWithPerson)]],
      },
      { heading: 'Grupa diagnostyczno-pomocowa', paragraphs: [members.join('; ') || '—'] },
    ],
    signatures: [
      'podpis osoby doznającej przemocy domowej',
      'podpisy członków grupy diagnostyczno-pomocowej',
    ],
  };
}

/** NK-D: the information for the person using violence — it names no one else. */
export function formD(p: DocProcedure, person: DocPerson, handedOn: string, c: DocCentre, copyFor: string) {
  return informationSheet(p, person, handedOn, c, copyFor, {
    letter: 'D',
    subtitle: 'Informacja dla osoby stosującej przemoc domową',
    information: [FORM_D_INFORMATION],
  });
}

/** NK-E: the assessment and the actions with the person using violence. */
export function formE(
  p: DocProcedure,
  person: DocPerson,
  f: { filledOn: string; assessment: string; actions: PlanItem[] },
  referrals: { programme: string; institution: string; referredOn: string }[],
  c: DocCentre,
  copyFor: string,
): BlueCardDoc {
  return {
    ...base(
      p,
      c,
      'E',
      'Ocena sytuacji i działania podejmowane wobec osoby stosującej przemoc domową',
      copyFor,
    ),
    sections: [
      {
        heading: 'Osoba stosująca przemoc domową',
        rows: [
          ['Imię i nazwisko', name(person)],
          ['Data', date(f.filledOn)],
        ],
      },
      { heading: 'Ocena sytuacji', paragraphs: [f.assessment] },
      { heading: 'Działania', table: planTable(f.actions) },
      {
        heading: 'Skierowania do programów',
        table: {
          head: ['Program', 'Realizator', 'Data skierowania'],
          body: referrals.map((r) => [
            pl(`blueCard.programme.${r.programme}`),
            r.institution,
            date(r.referredOn),
          ]),
        },
      },
    ],
    signatures: ['podpis osoby stosującej przemoc domową', 'podpisy członków grupy diagnostyczno-pomocowej'],
  };
}

/** The minutes of a meeting: when, where, who was there, what was decided. */
export function minutes(
  p: DocProcedure,
  m: {
    kind: string;
    scheduledOn: string;
    scheduledTime: string;
    place: string;
    heldOn: string;
    minutes: string;
  },
  present: string[],
  absent: string[],
  c: DocCentre,
  copyFor: string,
): BlueCardDoc {
  return {
    ...base(p, c, 'protokół', 'Protokół z posiedzenia grupy diagnostyczno-pomocowej', copyFor),
    title: 'PROTOKÓŁ POSIEDZENIA',
    sections: [
      {
        heading: 'Posiedzenie',
        rows: [
          ['Rodzaj', pl(`blueCard.meeting.${m.kind}`)],
          ['Data i godzina', `${date(m.heldOn)}, ${m.scheduledTime}`],
          ['Miejsce', m.place],
        ],
      },
      { heading: 'Obecni', paragraphs: [present.join('; ') || '—'] },
      { heading: 'Nieobecni', paragraphs: [absent.join('; ') || '—'] },
      { heading: 'Przebieg i ustalenia', paragraphs: [m.minutes] },
    ],
    signatures: ['podpis protokolanta', 'podpisy członków grupy diagnostyczno-pomocowej'],
  };
}

/** Who a meeting invitation (zawiadomienie) goes to: a group member and their institution, or a person of the procedure. */
export interface Invitee {
  name: string;
  institution: string | null;
  address: string | null;
}

/** The invitation to a meeting of the diagnostic-help group, one per invited person or institution. */
export function invitation(
  p: DocProcedure,
  m: { kind: string; scheduledOn: string; scheduledTime: string; place: string },
  to: Invitee,
  c: DocCentre,
): BlueCardDoc {
  const when = `${date(m.scheduledOn)} r., godz. ${m.scheduledTime.slice(0, 5)}`;
  return {
    ...base(
      p,
      c,
      'zawiadomienie',
      'Zawiadomienie o posiedzeniu grupy diagnostyczno-pomocowej',
      `adresat: ${to.name}`,
    ),
    title: 'ZAWIADOMIENIE',
    sections: [
      {
        heading: 'Adresat',
        rows: [
          ['Imię i nazwisko', to.name],
          ...(to.institution ? [['Instytucja', to.institution] as [string, string]] : []),
          ...(to.address ? [['Adres', to.address] as [string, string]] : []),
        ],
      },
      {
        heading: 'Posiedzenie',
        paragraphs: [
          `Zawiadamiam o posiedzeniu grupy diagnostyczno-pomocowej w sprawie prowadzonej w ramach procedury „Niebieskie Karty” nr ${p.number}, które odbędzie się ${when} w miejscu: ${m.place}. Proszę o obecność; w razie przeszkody proszę o kontakt z przewodniczącym zespołu interdyscyplinarnego.`,
        ],
        rows: [
          ['Rodzaj posiedzenia', pl(`blueCard.meeting.${m.kind}`)],
          ['Data i godzina', when],
          ['Miejsce', m.place],
        ],
      },
      contact(c),
    ],
    signatures: [`przewodniczący zespołu interdyscyplinarnego${c.chairName ? ` (${c.chairName})` : ''}`],
  };
}
