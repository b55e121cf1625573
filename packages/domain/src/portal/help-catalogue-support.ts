import { type HelpEntry, ID } from './help-catalogue-types.ts';

// Help without an income test, or in a crisis (seed 003: poradnictwo, interwencja kryzysowa;
// seed 000: Punkt Przeciwdziałania Przemocy, Dzienny Dom Pomocy Społecznej; shelters, art. 48a).

const HOW_COUNSEL = {
  pl: 'Termin dyżuru psychologa, prawnika lub konsultanta zarezerwujesz przez internet (zakładka „Poradnictwo”) albo telefonicznie; możesz też przyjść w godzinach dyżuru do punktu przy ul. Jasnej.',
  uk: 'Час чергування психолога, юриста чи консультанта можна забронювати онлайн (розділ «Консультації») або телефоном; можна також прийти в години чергування до пункту на вул. Jasna.',
  en: 'Book a psychologist’s, lawyer’s or consultant’s duty-hours slot online (the “Counselling” page) or by phone, or come to the point in Jasna Street during its duty hours.',
};
const HOW_VIOLENCE = {
  pl: 'Przyjdź bez zapisów do Punktu Przeciwdziałania Przemocy przy ul. Jasnej w godzinach jego pracy albo zadzwoń do ośrodka; możesz też napisać przez formularz „Złóż wniosek” — oddzwonimy. W zagrożeniu życia dzwoń na 112.',
  uk: 'Приходьте без запису до Пункту протидії насильству на вул. Jasna в години роботи або зателефонуйте до центру; можна також написати через форму «Подати заяву» — ми передзвонимо. У разі загрози життю телефонуйте 112.',
  en: 'Come without an appointment to the Violence Prevention Point in Jasna Street during its hours, or phone the centre; you can also write through the “Apply” form — we call back. If life is in danger, call 112.',
};
const HOW_DAYHOME = {
  pl: 'Skierowanie wydaje ośrodek decyzją: złóż wniosek w ośrodku lub w Dziennym Domu Pomocy, w godzinach pracy podanych poniżej; pracownik socjalny przeprowadzi wywiad i ustali odpłatność.',
  uk: 'Направлення видає центр рішенням: подайте заяву в центрі або в Денному будинку допомоги в години роботи, вказані нижче; соціальний працівник проведе обстеження й визначить оплату.',
  en: 'The centre refers you by decision: apply at the centre or at the Day Care Centre during the hours listed below; a social worker makes a home visit and sets the fee.',
};
const HOW_SHELTER = {
  pl: 'Przyjdź do ośrodka w godzinach pracy — noclegownię lub ogrzewalnię wskażemy od razu. Po godzinach zadzwoń do straży miejskiej lub pod 112. Wniosek o pobyt w schronisku możesz też złożyć przez internet.',
  uk: 'Приходьте до центру в години роботи — нічліжку чи обігрівальний пункт вкажемо одразу. Після годин роботи телефонуйте до міської варти або 112. Заяву на притулок можна подати й онлайн.',
  en: 'Come to the centre during its hours — we name a night shelter or heated room at once. Out of hours, call the municipal police or 112. You can also apply for a shelter stay online.',
};

const BRING_INCOME_SHORT = {
  pl: '- dowód osobisty\n- dokument o wysokości dochodu (np. decyzja o emeryturze)',
  uk: '- паспорт\n- документ про розмір доходу (напр. рішення про пенсію)',
  en: '- an identity card\n- a document showing your income (e.g. the pension decision)',
};

export const HELP_SUPPORT: HelpEntry[] = [
  {
    slug: 'poradnictwo-specjalistyczne',
    category: 'counselling',
    onlineForm: 'counselling',
    selfCheck: null,
    where: ['jasna'],
    texts: {
      pl: {
        title: 'Poradnictwo specjalistyczne',
        summary: 'Bezpłatne porady psychologa, prawnika i konsultantów — bez względu na dochód.',
        description:
          'Poradnictwo prawne, psychologiczne i rodzinne dla osób i rodzin, które mają trudności w rozwiązywaniu swoich problemów życiowych. Porady prawne obejmują prawo rodzinne i opiekuńcze, zabezpieczenie społeczne i ochronę praw lokatorów.\n\nTermin dyżuru możesz zarezerwować przez internet w zakładce „Poradnictwo” albo telefonicznie.',
        eligibility: 'Każdy mieszkaniec, bez względu na dochód (art. 46 ustawy o pomocy społecznej).',
        whatToBring: `${ID.pl}\n- dokumenty dotyczące sprawy, o którą chcesz zapytać (np. pismo z sądu, umowa najmu)`,
        howToApply: HOW_COUNSEL.pl,
      },
      uk: {
        title: 'Спеціалізоване консультування',
        summary: 'Безкоштовні консультації психолога, юриста та консультантів — незалежно від доходу.',
        description:
          'Юридичне, психологічне та сімейне консультування для осіб і сімей, яким важко розвʼязати свої життєві проблеми. Юридичні консультації охоплюють сімейне та опікунське право, соціальне забезпечення та захист прав орендарів.\n\nЧас чергування можна забронювати онлайн у розділі «Консультації» або телефоном.',
        eligibility: 'Кожен мешканець, незалежно від доходу (ст. 46 закону про соціальну допомогу).',
        whatToBring: `${ID.uk}\n- документи щодо справи, з якою ви звертаєтеся (напр. лист із суду, договір оренди)`,
        howToApply: HOW_COUNSEL.uk,
      },
      en: {
        title: 'Specialist counselling',
        summary: 'Free advice from a psychologist, a lawyer and consultants — whatever your income.',
        description:
          'Legal, psychological and family counselling for people and families who find it hard to solve their problems. Legal advice covers family and guardianship law, social security and tenants’ rights.\n\nBook a duty-hours slot online under “Counselling”, or by phone.',
        eligibility: 'Every resident, whatever their income (art. 46 of the Social Assistance Act).',
        whatToBring: `${ID.en}\n- papers about the matter you want to ask about (e.g. a court letter, a tenancy agreement)`,
        howToApply: HOW_COUNSEL.en,
      },
    },
  },
  {
    slug: 'przemoc-domowa',
    category: 'crisis',
    onlineForm: 'crisisIntervention',
    selfCheck: null,
    where: ['jasna'],
    texts: {
      pl: {
        title: 'Pomoc osobom doznającym przemocy domowej',
        summary:
          'Konsultant ds. przeciwdziałania przemocy, psycholog i prawnik w Punkcie Przeciwdziałania Przemocy; procedura Niebieskiej Karty.',
        description:
          'W Punkcie Przeciwdziałania Przemocy udzielamy poradnictwa psychologicznego i prawnego oraz porad konsultanta ds. przemocy domowej. Pracownik socjalny może wszcząć procedurę Niebieskiej Karty, która uruchamia współpracę ośrodka, policji, szkoły i służby zdrowia.\n\nW sytuacji zagrożenia życia lub zdrowia dzwoń pod numer alarmowy 112.',
        eligibility:
          'Każda osoba doznająca przemocy domowej lub będąca jej świadkiem — bez względu na dochód.',
        whatToBring: ID.pl,
        howToApply: HOW_VIOLENCE.pl,
      },
      uk: {
        title: 'Допомога особам, які зазнають домашнього насильства',
        summary:
          'Консультант з питань протидії насильству, психолог і юрист у Пункті протидії насильству; процедура «Блакитна карта».',
        description:
          'У Пункті протидії насильству ми надаємо психологічні та юридичні консультації, а також поради консультанта з питань домашнього насильства. Соціальний працівник може розпочати процедуру «Блакитна карта», яка запускає співпрацю центру, поліції, школи та служби охорони здоровʼя.\n\nУ разі загрози життю чи здоровʼю телефонуйте за номером екстреної допомоги 112.',
        eligibility:
          'Кожна особа, яка зазнає домашнього насильства або є його свідком, — незалежно від доходу.',
        whatToBring: ID.uk,
        howToApply: HOW_VIOLENCE.uk,
      },
      en: {
        title: 'Help for people experiencing domestic violence',
        summary:
          'A domestic violence consultant, a psychologist and a lawyer at the Violence Prevention Point; the Blue Card procedure.',
        description:
          'At the Violence Prevention Point we give psychological and legal advice and the advice of a domestic violence consultant. A social worker can open the Blue Card (Niebieska Karta) procedure, in which the centre, the police, schools and health services work together.\n\nIf life or health is in danger, call the emergency number 112.',
        eligibility: 'Anyone experiencing or witnessing domestic violence — whatever their income.',
        whatToBring: ID.en,
        howToApply: HOW_VIOLENCE.en,
      },
    },
  },
  {
    slug: 'dzienny-dom-pomocy',
    category: 'seniors',
    onlineForm: null,
    selfCheck: null,
    where: ['dayCentre'],
    texts: {
      pl: {
        title: 'Dzienny Dom Pomocy Społecznej',
        summary: 'Zajęcia terapeutyczne, wsparcie psychologa i obiad dla seniorów, w dni robocze.',
        description:
          'Dzienny Dom Pomocy oferuje zajęcia terapeutyczne dla osób starszych, wsparcie psychologa, posiłek obiadowy oraz warsztaty i wydarzenia kulturalne. Odpłatność za pobyt i posiłek zależy od dochodu.',
        eligibility:
          'Osoby starsze, samotne, chore lub z niepełnosprawnością, które potrzebują wsparcia w codziennym funkcjonowaniu.',
        whatToBring: `${BRING_INCOME_SHORT.pl}\n- zaświadczenie lekarskie o stanie zdrowia`,
        howToApply: HOW_DAYHOME.pl,
      },
      uk: {
        title: 'Денний будинок соціальної допомоги',
        summary: 'Терапевтичні заняття, підтримка психолога та обід для літніх людей у робочі дні.',
        description:
          'Денний будинок допомоги пропонує терапевтичні заняття для літніх людей, підтримку психолога, обід, а також майстер-класи та культурні заходи. Плата за перебування та харчування залежить від доходу.',
        eligibility:
          'Літні, самотні, хворі люди або люди з інвалідністю, які потребують підтримки в повсякденному житті.',
        whatToBring: `${BRING_INCOME_SHORT.uk}\n- медична довідка про стан здоровʼя`,
        howToApply: HOW_DAYHOME.uk,
      },
      en: {
        title: 'Day Care Centre',
        summary:
          'Therapeutic activities, a psychologist’s support and lunch for older people on working days.',
        description:
          'The Day Care Centre offers therapeutic activities for older people, a psychologist’s support, lunch, and workshops and cultural events. The fee for the stay and meals depends on income.',
        eligibility:
          'Older, lonely or ill people and people with disabilities who need support in daily life.',
        whatToBring: `${BRING_INCOME_SHORT.en}\n- a doctor’s certificate about your health`,
        howToApply: HOW_DAYHOME.en,
      },
    },
  },
  {
    slug: 'schronienie',
    category: 'crisis',
    onlineForm: 'shelter',
    selfCheck: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Schronienie dla osób bezdomnych',
        summary: 'Miejsce w schronisku, noclegowni lub ogrzewalni dla osoby, która nie ma gdzie mieszkać.',
        description:
          'Ośrodek kieruje osoby bezdomne do schroniska (także z usługami opiekuńczymi), noclegowni lub ogrzewalni, z którymi współpracuje. Pobyt w schronisku przyznaje decyzja po wywiadzie środowiskowym; do noclegowni i ogrzewalni kierujemy bez decyzji, od razu. Za pobyt w schronisku płaci się tylko wtedy, gdy dochód przekracza kryterium, według uchwały rady gminy.\n\nZimą, gdy grozi wychłodzenie, zadzwoń pod numer alarmowy 112.',
        eligibility:
          'Osoba bezdomna, której ostatnim miejscem zameldowania na pobyt stały jest ta gmina (art. 48a i art. 101 ust. 2 ustawy o pomocy społecznej).',
        whatToBring: `${ID.pl}\n- dokument o dochodzie, jeśli go masz (np. decyzja o emeryturze)`,
        howToApply: HOW_SHELTER.pl,
      },
      uk: {
        title: 'Притулок для бездомних',
        summary: 'Місце в притулку, нічліжці або обігрівальному пункті для людини, якій ніде жити.',
        description:
          'Центр направляє бездомних до притулку (також із доглядовими послугами), нічліжки або обігрівального пункту, з якими співпрацює. Перебування в притулку надається рішенням після обстеження умов; до нічліжки й обігрівального пункту направляємо без рішення, одразу. За перебування в притулку платять лише тоді, коли дохід перевищує критерій, згідно з ухвалою ради гміни.\n\nВзимку, коли загрожує переохолодження, телефонуйте 112.',
        eligibility:
          'Бездомна особа, останнє місце постійної реєстрації якої — ця гміна (ст. 48a і ст. 101 ч. 2 закону про соціальну допомогу).',
        whatToBring: `${ID.uk}\n- документ про дохід, якщо є (напр. рішення про пенсію)`,
        howToApply: HOW_SHELTER.uk,
      },
      en: {
        title: 'Shelter for homeless persons',
        summary: 'A place in a shelter, night shelter or heated room for a person with nowhere to live.',
        description:
          'The centre refers homeless persons to the shelters (also with care services), night shelters and heated rooms it works with. A stay in a shelter is granted by a decision after a home visit; a night shelter or heated room is given at once, without a decision. A shelter stay is paid for only when income exceeds the criterion, under the council’s resolution.\n\nIn winter, when someone risks freezing, call 112.',
        eligibility:
          'A homeless person whose last place of permanent registration is in the gmina (art. 48a and art. 101(2) of the Social Assistance Act).',
        whatToBring: `${ID.en}\n- a document showing your income, if you have one (e.g. the pension decision)`,
        howToApply: HOW_SHELTER.en,
      },
    },
  },
];
