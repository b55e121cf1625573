import type { HELP_CATEGORIES, OnlineForm, SelfCheck } from './content.ts';

// The shape of the catalogue of the forms of help (help-catalogue.ts) and the phrases its
// entries share. Amounts are never written in it: they are legal parameters, and the self-checks
// compute them.

export interface HelpTexts {
  title: string;
  summary: string;
  description: string;
  eligibility: string;
  whatToBring: string;
  howToApply: string;
}
/** The demo centre's offices (seed/demo.ts): the main office, the branch at Jasna, the day home. */
export type DemoOffice = 'main' | 'jasna' | 'dayCentre';
export interface HelpEntry {
  slug: string;
  category: (typeof HELP_CATEGORIES)[number];
  /** The public self-check where the domain has the rule (income criterion, amounts). */
  selfCheck: SelfCheck | null;
  /** The online form where the centre accepts one; null: in person or by post (howToApply says). */
  onlineForm: OnlineForm | null;
  where: DemoOffice[];
  texts: { pl: HelpTexts; uk: HelpTexts; en: HelpTexts };
}
type ByLocale = { pl: string; uk: string; en: string };

export const BRING_INCOME: ByLocale = {
  pl: '- dowód osobisty lub inny dokument tożsamości\n- zaświadczenia lub oświadczenia o dochodach netto wszystkich członków rodziny z miesiąca poprzedzającego złożenie wniosku',
  uk: '- паспорт або інший документ, що посвідчує особу\n- довідки або заяви про чисті доходи всіх членів сімʼї за місяць, що передує подачі заяви',
  en: '- an identity card or another identity document\n- certificates or statements of the net income of every household member for the month before the application',
};

export const ID: ByLocale = {
  pl: '- dokument tożsamości (jeśli go masz — bez niego też pomożemy)',
  uk: '- документ, що посвідчує особу (якщо є — без нього теж допоможемо)',
  en: '- an identity document (if you have one — we help without it too)',
};

/** Social assistance: the online application, then the social worker's home visit (art. 106–107 ups). */
export const APPLY_ONLINE: ByLocale = {
  pl: 'Wniosek złożysz przez internet (przycisk „Złóż wniosek online” poniżej) albo w ośrodku, w godzinach jego pracy. Pracownik socjalny skontaktuje się z Tobą i umówi na wywiad środowiskowy w domu; decyzję wydajemy w ciągu miesiąca.',
  uk: 'Заяву можна подати онлайн (кнопка «Подати заяву онлайн» нижче) або в центрі в години роботи. Соціальний працівник звʼяжеться з вами й домовиться про обстеження вдома; рішення ухвалюємо протягом місяця.',
  en: 'Apply online (the “Apply online” button below) or at the centre during its opening hours. A social worker will contact you and arrange a home visit; the decision comes within a month.',
};

/** In person at an office of the centre, in its opening hours (listed below the text). */
export const APPLY_IN_PERSON: ByLocale = {
  pl: 'Wniosek złożysz osobiście w ośrodku, w godzinach jego pracy (adresy i godziny poniżej), albo wyślesz pocztą.',
  uk: 'Заяву подайте особисто в центрі в години його роботи (адреси й години нижче) або надішліть поштою.',
  en: 'Apply in person at the centre during its opening hours (addresses and hours below), or send the application by post.',
};
