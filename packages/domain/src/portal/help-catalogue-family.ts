import { APPLY_IN_PERSON, type HelpEntry } from './help-catalogue-types.ts';

// Benefits of other acts the centre's benefits section runs (seed 003): family benefits, the
// Karta Dużej Rodziny, the alimony fund, housing allowances.

const BRING_FAMILY = {
  pl: '- dowody osobiste lub numery PESEL członków rodziny\n- zaświadczenia o dochodach z roku bazowego, których urząd nie pobierze sam (np. z zagranicy)\n- zaświadczenie ze szkoły (dziecko powyżej 18 lat)\n- orzeczenie o niepełnosprawności (jeśli jest)\n- wyrok lub ugoda w sprawie alimentów (osoba samotnie wychowująca)',
  uk: '- паспорти або номери PESEL членів сімʼї\n- довідки про доходи за базовий рік, яких установа не отримає сама (напр. з-за кордону)\n- довідка зі школи (дитина старше 18 років)\n- рішення про інвалідність (якщо є)\n- рішення суду або угода про аліменти (для одинокого батька чи матері)',
  en: '- identity cards or PESEL numbers of the family members\n- base-year income documents the office cannot get itself (e.g. from abroad)\n- a school certificate (a child over 18)\n- a disability certificate (if any)\n- the court ruling or settlement on alimony (a single parent)',
};
const ONLINE_GOV = {
  pl: 'Przez internet złożysz go też na gov.pl (Emp@tia) lub przez bankowość elektroniczną.',
  uk: 'Онлайн її також можна подати на gov.pl (Emp@tia) або через інтернет-банкінг.',
  en: 'Online you can also file it on gov.pl (Emp@tia) or through your online bank.',
};

export const HELP_FAMILY: HelpEntry[] = [
  {
    slug: 'swiadczenia-rodzinne',
    category: 'family',
    selfCheck: 'familyBenefits',
    onlineForm: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Świadczenia rodzinne',
        summary: 'Zasiłek rodzinny z dodatkami, becikowe, „Za życiem”, zasiłek i świadczenie pielęgnacyjne.',
        description:
          'Zasiłek rodzinny z dodatkami (m.in. z tytułu samotnego wychowywania, wielodzietności, rozpoczęcia roku szkolnego) przyznaje się na okres zasiłkowy od 1 listopada do 31 października, według dochodu rodziny z roku bazowego (ustawa o świadczeniach rodzinnych). Przy dochodzie nieco wyższym od kryterium działa zasada „złotówka za złotówkę”. Orientacyjną kwotę policzysz w kalkulatorze.',
        eligibility:
          'Rodzice, opiekunowie prawni i opiekunowie faktyczni dziecka, gdy dochód rodziny na osobę nie przekracza kryterium (wyższego przy dziecku z niepełnosprawnością).',
        whatToBring: BRING_FAMILY.pl,
        howToApply: `${APPLY_IN_PERSON.pl} ${ONLINE_GOV.pl} Wniosek złożony do 31 sierpnia daje wypłatę za listopad do 30 listopada.`,
      },
      uk: {
        title: 'Сімейні виплати',
        summary: 'Сімейна допомога з надбавками, «becikowe», «Za życiem», допомога та виплата по догляду.',
        description:
          'Сімейна допомога з надбавками (зокрема для одиноких батьків, багатодітних, на початок навчального року) призначається на період з 1 листопада до 31 жовтня за доходом сімʼї з базового року (закон про сімейні виплати). Якщо дохід трохи перевищує критерій, діє принцип «злотий за злотий». Орієнтовну суму можна порахувати в калькуляторі.',
        eligibility:
          'Батьки, законні та фактичні опікуни дитини, коли дохід сімʼї на особу не перевищує критерію (вищого для дитини з інвалідністю).',
        whatToBring: BRING_FAMILY.uk,
        howToApply: `${APPLY_IN_PERSON.uk} ${ONLINE_GOV.uk} Заява, подана до 31 серпня, дає виплату за листопад до 30 листопада.`,
      },
      en: {
        title: 'Family benefits',
        summary: 'Family allowance with supplements, the birth grant, “Za życiem”, care allowances.',
        description:
          'The family allowance with its supplements (single parent, large family, start of the school year and others) is granted for the benefit period from 1 November to 31 October on the family’s base-year income (Family Benefits Act). With income a little over the threshold, the “złotówka za złotówkę” rule applies. Estimate the amount in the calculator.',
        eligibility:
          'Parents, legal and actual guardians of a child, when the family’s income per person does not exceed the threshold (higher with a disabled child).',
        whatToBring: BRING_FAMILY.en,
        howToApply: `${APPLY_IN_PERSON.en} ${ONLINE_GOV.en} Filed by 31 August, November’s benefit is paid by 30 November.`,
      },
    },
  },
  {
    slug: 'karta-duzej-rodziny',
    category: 'family',
    selfCheck: 'familyBenefits',
    onlineForm: 'largeFamilyCard',
    where: ['main'],
    texts: {
      pl: {
        title: 'Karta Dużej Rodziny',
        summary: 'Zniżki i ulgi dla rodzin z co najmniej trojgiem dzieci, bez względu na dochód.',
        description:
          'Kartę dostaje każdy członek rodziny wielodzietnej: rodzice na całe życie, dzieci do 18 lat, do 25 lat gdy się uczą, a z orzeczeniem o umiarkowanym lub znacznym stopniu niepełnosprawności bez limitu wieku (ustawa o Karcie Dużej Rodziny). Karta jest bezpłatna; można ją mieć także w aplikacji mObywatel.',
        eligibility:
          'Rodzina z co najmniej trojgiem dzieci; rodzic, który kiedykolwiek miał troje dzieci, także gdy są już dorosłe.',
        whatToBring:
          '- dokumenty tożsamości lub numery PESEL członków rodziny\n- zaświadczenie ze szkoły lub uczelni (dziecko 18–25 lat)\n- orzeczenie o niepełnosprawności dziecka (jeśli jest)',
        howToApply:
          'Wniosek złożysz przez internet (przycisk „Złóż wniosek online” poniżej) albo w ośrodku w godzinach jego pracy. Brakujące dokumenty przynieś do ośrodka; karty wydajemy bez opłat.',
      },
      uk: {
        title: 'Карта великої родини',
        summary: 'Знижки та пільги для сімей щонайменше з трьома дітьми, незалежно від доходу.',
        description:
          'Карту отримує кожен член багатодітної родини: батьки довічно, діти до 18 років, до 25 років, якщо навчаються, а з рішенням про помірний чи значний ступінь інвалідності без обмеження віку (закон про Карту великої родини). Карта безкоштовна; її можна мати також у застосунку mObywatel.',
        eligibility:
          'Родина щонайменше з трьома дітьми; батьки, які будь-коли мали трьох дітей, навіть якщо вони вже дорослі.',
        whatToBring:
          '- документи, що посвідчують особу, або номери PESEL членів родини\n- довідка зі школи чи вишу (дитина 18–25 років)\n- рішення про інвалідність дитини (якщо є)',
        howToApply:
          'Заяву можна подати онлайн (кнопка «Подати заяву онлайн» нижче) або в центрі в години роботи. Відсутні документи принесіть до центру; карти видаємо безкоштовно.',
      },
      en: {
        title: 'Large Family Card (Karta Dużej Rodziny)',
        summary: 'Discounts for families with at least three children, whatever their income.',
        description:
          'Every member of a large family gets a card: parents for life, children until 18, until 25 while in school, and without an age limit with a moderate or significant disability (Large Family Card Act). The card is free, and can also be held in the mObywatel app.',
        eligibility:
          'A family with at least three children; a parent who has ever had three children, even when they are grown up.',
        whatToBring:
          '- identity documents or PESEL numbers of the family members\n- a school or university certificate (a child aged 18–25)\n- the child’s disability certificate (if any)',
        howToApply:
          'Apply online (the “Apply online” button below) or at the centre during its opening hours. Bring any missing documents to the centre; the cards are free.',
      },
    },
  },
  {
    slug: 'fundusz-alimentacyjny',
    category: 'family',
    selfCheck: 'alimonyFund',
    onlineForm: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Fundusz alimentacyjny',
        summary: 'Świadczenie w wysokości zasądzonych alimentów, gdy komornik nie może ich ściągnąć.',
        description:
          'Gdy egzekucja alimentów jest bezskuteczna, fundusz wypłaca świadczenie w wysokości alimentów, nie więcej niż limit ustawowy, na okres świadczeniowy od 1 października do 30 września (ustawa o pomocy osobom uprawnionym do alimentów). Ośrodek dochodzi potem zwrotu od dłużnika.',
        eligibility:
          'Dziecko do 18 lat, do 25 lat gdy się uczy, bez limitu z orzeczeniem o znacznym stopniu niepełnosprawności, gdy dochód rodziny na osobę nie przekracza kryterium funduszu.',
        whatToBring:
          '- wyrok lub ugoda sądowa o alimentach\n- zaświadczenie komornika o bezskuteczności egzekucji\n- dokumenty o dochodach rodziny z roku bazowego\n- zaświadczenie ze szkoły (osoba powyżej 18 lat)',
        howToApply: `${APPLY_IN_PERSON.pl} ${ONLINE_GOV.pl} Wniosek na nowy okres przyjmujemy od 1 sierpnia.`,
      },
      uk: {
        title: 'Аліментний фонд',
        summary: 'Виплата в розмірі присуджених аліментів, коли виконавець не може їх стягнути.',
        description:
          'Коли стягнення аліментів безрезультатне, фонд виплачує суму аліментів, не більше за встановлений законом ліміт, на період з 1 жовтня до 30 вересня (закон про допомогу особам, які мають право на аліменти). Потім центр стягує ці кошти з боржника.',
        eligibility:
          'Дитина до 18 років, до 25 років, якщо навчається, без обмеження з рішенням про значний ступінь інвалідності, коли дохід сімʼї на особу не перевищує критерію фонду.',
        whatToBring:
          '- рішення суду або судова угода про аліменти\n- довідка виконавця про безрезультатність стягнення\n- документи про доходи сімʼї за базовий рік\n- довідка зі школи (особа старше 18 років)',
        howToApply: `${APPLY_IN_PERSON.uk} ${ONLINE_GOV.uk} Заяви на новий період приймаємо з 1 серпня.`,
      },
      en: {
        title: 'Alimony fund',
        summary: 'The amount of court-ordered alimony when the bailiff cannot collect it.',
        description:
          'When the enforcement of alimony fails, the fund pays the alimony amount, up to the statutory limit, for the benefit period from 1 October to 30 September (Act on help for persons entitled to alimony). The centre then recovers the money from the debtor.',
        eligibility:
          'A child under 18, under 25 while in school, or without a limit with a significant disability, when the family’s income per person does not exceed the fund’s threshold.',
        whatToBring:
          '- the court ruling or settlement on alimony\n- the bailiff’s certificate that enforcement failed\n- the family’s base-year income documents\n- a school certificate (a person over 18)',
        howToApply: `${APPLY_IN_PERSON.en} ${ONLINE_GOV.en} Applications for the new period are taken from 1 August.`,
      },
    },
  },
  {
    slug: 'dodatek-mieszkaniowy',
    category: 'cash',
    selfCheck: 'housingAllowance',
    onlineForm: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Dodatek mieszkaniowy',
        summary: 'Dopłata do czynszu i opłat za mieszkanie, wypłacana zarządcy budynku.',
        description:
          'Dodatek mieszkaniowy przysługuje na 6 miesięcy, gdy średni miesięczny dochód na osobę z 3 miesięcy przed wnioskiem nie przekracza progu (procent przeciętnego wynagrodzenia), a powierzchnia mieszkania mieści się w normie (ustawa o dodatkach mieszkaniowych). Wypłaca się go zarządcy, a dodatek energetyczny — wnioskodawcy.',
        eligibility:
          'Najemcy, właściciele i inne osoby z tytułem prawnym do lokalu, z dochodem na osobę do progu ustawy.',
        whatToBring:
          '- deklaracja o dochodach z 3 miesięcy przed wnioskiem wraz z dokumentami\n- zaświadczenie zarządcy o wydatkach i powierzchni lokalu\n- dokument tytułu prawnego do lokalu (np. umowa najmu)',
        howToApply: `${APPLY_IN_PERSON.pl} Zaświadczenie o wydatkach wypełnia i podpisuje zarządca budynku — weź je od niego przed wizytą.`,
      },
      uk: {
        title: 'Житлова допомога',
        summary: 'Доплата до орендної плати та платежів за житло, виплачується управителю будинку.',
        description:
          'Житлова допомога надається на 6 місяців, коли середній місячний дохід на особу за 3 місяці до заяви не перевищує порогу (відсоток середньої зарплати), а площа житла в межах норми (закон про житлові допомоги). Її виплачують управителю, а енергетичну допомогу — заявнику.',
        eligibility:
          'Орендарі, власники та інші особи з правовою підставою на житло, з доходом на особу до порогу закону.',
        whatToBring:
          '- декларація про доходи за 3 місяці до заяви з документами\n- довідка управителя про витрати й площу житла\n- документ про правову підставу на житло (напр. договір оренди)',
        howToApply: `${APPLY_IN_PERSON.uk} Довідку про витрати заповнює й підписує управитель будинку — візьміть її до візиту.`,
      },
      en: {
        title: 'Housing allowance',
        summary: 'A contribution to rent and housing charges, paid to the building manager.',
        description:
          'The housing allowance is granted for 6 months when the average monthly income per person over the 3 months before the application does not exceed the limit (a percentage of the average wage) and the flat’s area is within the norm (Housing Allowances Act). It is paid to the manager; the energy supplement to the applicant.',
        eligibility:
          'Tenants, owners and others with a legal title to the flat, with income per person up to the Act’s limit.',
        whatToBring:
          '- the declaration of income for the 3 months before the application, with documents\n- the manager’s statement of the flat’s charges and area\n- the legal title to the flat (e.g. the tenancy agreement)',
        howToApply: `${APPLY_IN_PERSON.en} The building manager fills in and signs the statement of charges — get it before your visit.`,
      },
    },
  },
];
