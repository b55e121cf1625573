import { APPLY_IN_PERSON, APPLY_ONLINE, BRING_INCOME, type HelpEntry } from './help-catalogue-types.ts';

// Services: care at home, neighbour services, telecare, meals, a care home, day centres and clubs
// (seed 000: Dzienny Dom, Klub Senior+; seed 003: Świetlica Socjoterapeutyczna, Posiłek w szkole i w domu).

const MEDICAL = {
  pl: '- zaświadczenie lekarskie o stanie zdrowia i potrzebie opieki',
  uk: '- медична довідка про стан здоровʼя та потребу в догляді',
  en: '- a doctor’s certificate about your health and need of care',
};

export const HELP_CARE: HelpEntry[] = [
  {
    slug: 'uslugi-opiekuncze',
    category: 'care',
    selfCheck: 'careFee',
    onlineForm: 'careServices',
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Usługi opiekuńcze',
        summary:
          'Pomoc opiekunki w domu: zakupy, posiłki, higiena, kontakt z lekarzem; także specjalistyczne.',
        description:
          'Usługi opiekuńcze przysługują osobie samotnej, która z powodu wieku, choroby lub niepełnosprawności potrzebuje pomocy innych osób, a rodzina nie może jej zapewnić (art. 50 ustawy o pomocy społecznej). Ośrodek ustala zakres i liczbę godzin; odpłatność zależy od dochodu według uchwały rady gminy — osoba z dochodem do kryterium nie płaci.',
        eligibility:
          'Osoba samotna lub rodzina, która nie może zapewnić opieki, bez względu na dochód (dochód wpływa tylko na odpłatność).',
        whatToBring: `${BRING_INCOME.pl}\n${MEDICAL.pl}`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Доглядові послуги',
        summary:
          'Допомога доглядальниці вдома: покупки, їжа, гігієна, звʼязок із лікарем; також спеціалізовані.',
        description:
          'Доглядові послуги надаються самотній особі, яка через вік, хворобу чи інвалідність потребує допомоги інших, а родина не може її забезпечити (ст. 50 закону про соціальну допомогу). Центр визначає обсяг і кількість годин; оплата залежить від доходу згідно з ухвалою ради гміни — особа з доходом до критерію не платить.',
        eligibility:
          'Самотня особа або сімʼя, яка не може забезпечити догляд, незалежно від доходу (дохід впливає лише на оплату).',
        whatToBring: `${BRING_INCOME.uk}\n${MEDICAL.uk}`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Care services at home',
        summary:
          'A carer’s help at home: shopping, meals, hygiene, contact with the doctor; specialised care too.',
        description:
          'Care services are for a person living alone who needs others’ help because of age, illness or disability, when the family cannot provide it (art. 50 of the Social Assistance Act). The centre sets the scope and hours; the fee depends on income under the council’s resolution — income up to the threshold pays nothing.',
        eligibility:
          'A person living alone, or a family that cannot provide care, whatever the income (income affects only the fee).',
        whatToBring: `${BRING_INCOME.en}\n${MEDICAL.en}`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'uslugi-sasiedzkie',
    category: 'care',
    selfCheck: null,
    onlineForm: 'careServices',
    where: ['main'],
    texts: {
      pl: {
        title: 'Usługi sąsiedzkie',
        summary: 'Pomoc sąsiada w codziennych sprawach: zakupy, posiłek, sprzątanie, towarzystwo.',
        description:
          'Usługi sąsiedzkie to forma usług opiekuńczych świadczona przez osobę z najbliższego otoczenia — sąsiada, znajomego — zatrudnioną przez ośrodek (art. 50 ust. 2a ustawy o pomocy społecznej). Zakres ustala ośrodek; odpłatność jak za usługi opiekuńcze.',
        eligibility:
          'Osoba, która potrzebuje pomocy w codziennych czynnościach, gdy wystarczy wsparcie sąsiada.',
        whatToBring: `${BRING_INCOME.pl}\n- imię i nazwisko sąsiada, który mógłby pomagać (jeśli jest)`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Сусідські послуги',
        summary: 'Допомога сусіда в щоденних справах: покупки, їжа, прибирання, товариство.',
        description:
          'Сусідські послуги — форма доглядових послуг, яку надає особа з найближчого оточення — сусід, знайомий — найнята центром (ст. 50 ч. 2a закону про соціальну допомогу). Обсяг визначає центр; оплата як за доглядові послуги.',
        eligibility: 'Особа, яка потребує допомоги в щоденних справах, коли достатньо підтримки сусіда.',
        whatToBring: `${BRING_INCOME.uk}\n- імʼя та прізвище сусіда, який міг би допомагати (якщо є)`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Neighbour services',
        summary: 'A neighbour’s help with daily matters: shopping, a meal, cleaning, company.',
        description:
          'Neighbour services are care services given by someone close by — a neighbour or acquaintance — employed by the centre (art. 50(2a) of the Social Assistance Act). The centre sets the scope; the fee is as for care services.',
        eligibility: 'A person who needs help with daily tasks where a neighbour’s support is enough.',
        whatToBring: `${BRING_INCOME.en}\n- the name of a neighbour who could help (if any)`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'teleopieka',
    category: 'seniors',
    selfCheck: null,
    onlineForm: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Teleopieka (opaska bezpieczeństwa)',
        summary: 'Opaska z przyciskiem SOS i całodobowe centrum, które wezwie pomoc.',
        description:
          'Osoba starsza lub z niepełnosprawnością dostaje opaskę z przyciskiem alarmowym i czujnikiem upadku; po naciśnięciu łączy się z całodobowym centrum, które dzwoni do bliskich lub wzywa pomoc. Usługa działa w programie rządowym „Korpus Wsparcia Seniorów” i z budżetu gminy.',
        eligibility:
          'Osoby w wieku 60+ (w programie) oraz osoby samotne, chore lub z niepełnosprawnością, które mieszkają same.',
        whatToBring: '- dowód osobisty\n- numery telefonów dwóch bliskich osób do powiadomienia',
        howToApply: `${APPLY_IN_PERSON.pl} Możesz też zadzwonić do ośrodka — pracownik przyjdzie do domu i wypełni zgłoszenie z Tobą.`,
      },
      uk: {
        title: 'Телеопіка (браслет безпеки)',
        summary: 'Браслет із кнопкою SOS і цілодобовий центр, який викличе допомогу.',
        description:
          'Літня людина або людина з інвалідністю отримує браслет із тривожною кнопкою та датчиком падіння; після натискання він зʼєднується з цілодобовим центром, який дзвонить близьким або викликає допомогу. Послуга діє в урядовій програмі «Korpus Wsparcia Seniorów» та з бюджету гміни.',
        eligibility:
          'Особи 60+ (у програмі), а також самотні, хворі люди або люди з інвалідністю, які живуть самі.',
        whatToBring: '- паспорт\n- номери телефонів двох близьких для повідомлення',
        howToApply: `${APPLY_IN_PERSON.uk} Можна також зателефонувати до центру — працівник прийде додому й заповнить заявку разом із вами.`,
      },
      en: {
        title: 'Telecare (safety wristband)',
        summary: 'A wristband with an SOS button and a 24-hour centre that calls for help.',
        description:
          'An older or disabled person gets a wristband with an alarm button and a fall sensor; pressed, it connects to a 24-hour centre that phones the family or calls for help. It runs in the government programme “Korpus Wsparcia Seniorów” and from the gmina’s budget.',
        eligibility: 'People aged 60+ (in the programme) and people living alone who are ill or disabled.',
        whatToBring: '- an identity card\n- the phone numbers of two close persons to notify',
        howToApply: `${APPLY_IN_PERSON.en} You can also phone the centre — a worker comes to your home and fills in the request with you.`,
      },
    },
  },
  {
    slug: 'posilek-w-szkole-i-w-domu',
    category: 'inKind',
    selfCheck: 'meals',
    onlineForm: 'meals',
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Posiłek w szkole i w domu',
        summary: 'Obiad w szkole lub przedszkolu dla dziecka, gorący posiłek albo zasiłek celowy na żywność.',
        description:
          'W programie „Posiłek w szkole i w domu” gmina opłaca obiady dzieciom w szkołach i przedszkolach oraz gorący posiłek dorosłym, albo przyznaje zasiłek celowy na zakup żywności. Próg dochodu jest wyższy niż w zwykłej pomocy społecznej (procent kryterium ustala program). Dyrektor szkoły może zgłosić dziecko bez wywiadu.',
        eligibility:
          'Dzieci do ukończenia szkoły ponadpodstawowej, osoby starsze, chore, z niepełnosprawnością i rodziny z dochodem do progu programu.',
        whatToBring: BRING_INCOME.pl,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Харчування в школі та вдома',
        summary: 'Обід у школі чи дитсадку для дитини, гаряче харчування або цільова допомога на їжу.',
        description:
          'У програмі «Posiłek w szkole i w domu» гміна оплачує обіди дітям у школах і дитсадках та гаряче харчування дорослим або надає цільову допомогу на купівлю їжі. Поріг доходу вищий, ніж у звичайній соціальній допомозі (відсоток критерію встановлює програма). Директор школи може зголосити дитину без обстеження.',
        eligibility:
          'Діти до закінчення середньої школи, літні, хворі люди, люди з інвалідністю та сімʼї з доходом до порогу програми.',
        whatToBring: BRING_INCOME.uk,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Meals at school and at home',
        summary: 'Lunch at school or nursery for a child, a hot meal, or a purpose allowance for food.',
        description:
          'In the programme “Posiłek w szkole i w domu” the gmina pays for children’s lunches at schools and nurseries and hot meals for adults, or grants a purpose allowance to buy food. The income limit is higher than in ordinary social assistance (the programme sets the percentage of the threshold). A head teacher may refer a child without a home visit.',
        eligibility:
          'Children until they finish secondary school, older, ill or disabled people and families with income up to the programme’s limit.',
        whatToBring: BRING_INCOME.en,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'dom-pomocy-spolecznej',
    category: 'care',
    selfCheck: null,
    onlineForm: 'careHome',
    where: ['main'],
    texts: {
      pl: {
        title: 'Dom pomocy społecznej (DPS)',
        summary: 'Całodobowa opieka dla osoby, która nie może już samodzielnie mieszkać.',
        description:
          'Do domu pomocy społecznej kieruje ośrodek decyzją, gdy osoba wymaga całodobowej opieki, a usługi w domu nie wystarczają (art. 54 ustawy o pomocy społecznej). Mieszkaniec płaci do 70 % swojego dochodu; resztę kosztu pokrywają rodzina według jej dochodu i gmina (art. 61).',
        eligibility:
          'Osoba, która z powodu wieku, choroby lub niepełnosprawności nie może samodzielnie funkcjonować, za jej zgodą (lub przedstawiciela).',
        whatToBring: `${BRING_INCOME.pl}\n${MEDICAL.pl}\n- decyzja o emeryturze lub rencie`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Будинок соціальної допомоги (DPS)',
        summary: 'Цілодобовий догляд для людини, яка вже не може жити самостійно.',
        description:
          'До будинку соціальної допомоги направляє центр рішенням, коли особа потребує цілодобового догляду, а послуг удома недостатньо (ст. 54 закону про соціальну допомогу). Мешканець платить до 70 % свого доходу; решту покривають родина відповідно до доходу та гміна (ст. 61).',
        eligibility:
          'Особа, яка через вік, хворобу чи інвалідність не може жити самостійно, за її згодою (або представника).',
        whatToBring: `${BRING_INCOME.uk}\n${MEDICAL.uk}\n- рішення про пенсію`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Care home (DPS)',
        summary: 'Round-the-clock care for someone who can no longer live on their own.',
        description:
          'The centre refers a person to a care home by decision when they need round-the-clock care and services at home are not enough (art. 54 of the Social Assistance Act). The resident pays up to 70 % of their income; the family (by its income) and the gmina cover the rest (art. 61).',
        eligibility:
          'A person who cannot manage alone because of age, illness or disability, with their (or their representative’s) consent.',
        whatToBring: `${BRING_INCOME.en}\n${MEDICAL.en}\n- the pension decision`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'swietlice-i-kluby',
    category: 'family',
    selfCheck: null,
    onlineForm: null,
    where: ['dayCentre'],
    texts: {
      pl: {
        title: 'Świetlica socjoterapeutyczna i kluby',
        summary: 'Zajęcia po szkole dla dzieci, Klub Senior+ i kluby wsparcia dla dorosłych.',
        description:
          'Świetlica Socjoterapeutyczna jest otwarta w dni nauki szkolnej po lekcjach (14:00–18:00): odrabianie lekcji, zajęcia z psychologiem i pedagogiem, posiłek. Klub Senior+ i kluby wsparcia prowadzą zajęcia dla seniorów i dorosłych. Udział jest bezpłatny, chyba że uchwała rady gminy ustala opłatę za posiłki.',
        eligibility:
          'Dzieci skierowane przez pracownika socjalnego, psychologa lub szkołę (za zgodą rodzica); seniorzy i dorośli mieszkańcy gminy.',
        whatToBring:
          '- zgoda rodzica lub opiekuna (dla dziecka; wzór dostaniesz w placówce)\n- skierowanie ze szkoły lub od pracownika socjalnego (jeśli jest)',
        howToApply:
          'Przyjdź z dzieckiem do placówki w godzinach jej pracy (poniżej) albo poproś o skierowanie pracownika socjalnego lub pedagoga szkolnego. Gdy brak miejsc, zapisujemy na listę oczekujących.',
      },
      uk: {
        title: 'Соціотерапевтична світлиця та клуби',
        summary: 'Заняття після школи для дітей, клуб Senior+ і клуби підтримки для дорослих.',
        description:
          'Соціотерапевтична світлиця працює в навчальні дні після уроків (14:00–18:00): домашні завдання, заняття з психологом і педагогом, харчування. Клуб Senior+ і клуби підтримки проводять заняття для літніх і дорослих. Участь безкоштовна, якщо ухвала ради гміни не встановлює плату за харчування.',
        eligibility:
          'Діти, направлені соціальним працівником, психологом або школою (за згодою батьків); літні та дорослі мешканці гміни.',
        whatToBring:
          '- згода батьків або опікуна (для дитини; зразок отримаєте в закладі)\n- направлення зі школи або від соціального працівника (якщо є)',
        howToApply:
          'Прийдіть із дитиною до закладу в години роботи (нижче) або попросіть направлення в соціального працівника чи шкільного педагога. Якщо місць немає, записуємо до списку очікування.',
      },
      en: {
        title: 'Socio-therapy day room and clubs',
        summary: 'After-school activities for children, the Senior+ Club and support clubs for adults.',
        description:
          'The socio-therapy day room is open on school days after lessons (14:00–18:00): homework, sessions with a psychologist and an educator, a meal. The Senior+ Club and support clubs run activities for older people and adults. Taking part is free unless the council’s resolution sets a fee for meals.',
        eligibility:
          'Children referred by a social worker, a psychologist or the school (with a parent’s consent); older and adult residents of the gmina.',
        whatToBring:
          '- a parent’s or guardian’s consent (for a child; the form is at the day room)\n- a referral from the school or a social worker (if any)',
        howToApply:
          'Come with the child to the day room during its hours (below), or ask a social worker or the school counsellor for a referral. When it is full, we put you on the waiting list.',
      },
    },
  },
];
