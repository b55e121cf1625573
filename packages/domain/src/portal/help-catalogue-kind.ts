import { APPLY_IN_PERSON, APPLY_ONLINE, BRING_INCOME, type HelpEntry, ID } from './help-catalogue-types.ts';

// Help in kind and in a crisis: food aid (FEPŻ), clothing (art. 48), funerals (art. 44), crisis
// intervention (art. 47) — seeds 000, 002 and 004.

export const HELP_IN_KIND: HelpEntry[] = [
  {
    slug: 'pomoc-zywnosciowa',
    category: 'inKind',
    selfCheck: 'foodAid',
    onlineForm: null,
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Pomoc żywnościowa (paczki FEPŻ)',
        summary: 'Paczki z żywnością od organizacji partnerskiej, na skierowanie z ośrodka.',
        description:
          'W Programie Fundusze Europejskie na Pomoc Żywnościową ośrodek wydaje skierowanie, a żywność wydaje organizacja partnerska (np. bank żywności) w swoim punkcie. Próg dochodu jest wyższy niż w zwykłej pomocy społecznej — ustala go program jako procent kryterium.',
        eligibility:
          'Osoba lub rodzina w trudnej sytuacji (np. ubóstwo, bezrobocie, niepełnosprawność) z dochodem do progu programu.',
        whatToBring: BRING_INCOME.pl,
        howToApply: `${APPLY_IN_PERSON.pl} Skierowanie wydaje pracownik socjalny od ręki, gdy zna już Twoją sytuację; z nim idziesz do punktu wydawania żywności.`,
      },
      uk: {
        title: 'Продовольча допомога (пакети FEPŻ)',
        summary: 'Продуктові пакети від організації-партнера за направленням центру.',
        description:
          'У програмі «Європейські фонди на продовольчу допомогу» центр видає направлення, а продукти видає організація-партнер (напр. банк їжі) у своєму пункті. Поріг доходу вищий, ніж у звичайній соціальній допомозі — його встановлює програма як відсоток критерію.',
        eligibility:
          'Особа або сімʼя у важкій ситуації (напр. бідність, безробіття, інвалідність) з доходом до порогу програми.',
        whatToBring: BRING_INCOME.uk,
        howToApply: `${APPLY_IN_PERSON.uk} Соціальний працівник видає направлення одразу, якщо вже знає вашу ситуацію; з ним ідіть до пункту видачі.`,
      },
      en: {
        title: 'Food aid (FEPŻ parcels)',
        summary: 'Food parcels from a partner organisation, on the centre’s referral.',
        description:
          'In the European Funds for Food Aid programme the centre issues a referral and a partner organisation (e.g. a food bank) hands out the food at its point. The income limit is higher than in ordinary social assistance — the programme sets it as a percentage of the threshold.',
        eligibility:
          'A person or family in a hard situation (e.g. poverty, unemployment, disability) with income up to the programme’s limit.',
        whatToBring: BRING_INCOME.en,
        howToApply: `${APPLY_IN_PERSON.en} A social worker who already knows your situation issues the referral at once; take it to the food distribution point.`,
      },
    },
  },
  {
    slug: 'odziez',
    category: 'inKind',
    selfCheck: null,
    onlineForm: 'clothing',
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Niezbędne ubranie',
        summary: 'Odzież i obuwie w naturze albo zasiłek celowy na ich zakup.',
        description:
          'Osobie, która nie ma niezbędnego ubrania, ośrodek przyznaje odzież i obuwie odpowiednie do pory roku — w naturze albo jako zasiłek celowy na zakup (art. 48 ustawy o pomocy społecznej).',
        eligibility: 'Osoba lub rodzina bez niezbędnego ubrania, zwykle z dochodem do kryterium dochodowego.',
        whatToBring: BRING_INCOME.pl,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Необхідний одяг',
        summary: 'Одяг і взуття в натурі або цільова допомога на їх купівлю.',
        description:
          'Особі, яка не має необхідного одягу, центр надає одяг і взуття відповідно до пори року — у натурі або як цільову допомогу на купівлю (ст. 48 закону про соціальну допомогу).',
        eligibility: 'Особа або сімʼя без необхідного одягу, зазвичай із доходом до критерію доходу.',
        whatToBring: BRING_INCOME.uk,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Necessary clothing',
        summary: 'Clothes and shoes in kind, or a purpose allowance to buy them.',
        description:
          'A person without necessary clothing gets clothes and shoes suited to the season — in kind or as a purpose allowance to buy them (art. 48 of the Social Assistance Act).',
        eligibility:
          'A person or family without necessary clothing, usually with income up to the threshold.',
        whatToBring: BRING_INCOME.en,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'pogrzeb',
    category: 'cash',
    selfCheck: null,
    onlineForm: null,
    where: ['main'],
    texts: {
      pl: {
        title: 'Sprawienie pogrzebu',
        summary: 'Ośrodek organizuje pogrzeb, gdy nikt z rodziny nie może tego zrobić.',
        description:
          'Gmina sprawia pogrzeb osoby zmarłej, gdy nie ma rodziny, która mogłaby go zorganizować, w granicach kosztów ustalonych uchwałą rady gminy (art. 44 ustawy o pomocy społecznej). Koszty ośrodek odzyskuje z zasiłku pogrzebowego ZUS lub KRUS albo ze spadku.',
        eligibility:
          'Osoba zmarła na terenie gminy lub jej mieszkaniec, gdy rodzina nie może sprawić pogrzebu.',
        whatToBring:
          '- akt zgonu\n- dowód osobisty zgłaszającego\n- informacja o ZUS lub KRUS zmarłego (jeśli znana)',
        howToApply: `${APPLY_IN_PERSON.pl} Sprawa jest pilna: przyjdź lub zadzwoń do ośrodka tego samego dnia, w którym wiesz, że rodzina nie zorganizuje pogrzebu.`,
      },
      uk: {
        title: 'Організація похорону',
        summary: 'Центр організовує похорон, коли ніхто з родини не може цього зробити.',
        description:
          'Гміна організовує похорон померлої особи, коли немає родини, яка могла б це зробити, у межах витрат, встановлених ухвалою ради гміни (ст. 44 закону про соціальну допомогу). Витрати центр повертає з допомоги на поховання ZUS або KRUS чи зі спадщини.',
        eligibility:
          'Особа, яка померла на території гміни, або її мешканець, коли родина не може організувати похорон.',
        whatToBring:
          '- свідоцтво про смерть\n- паспорт заявника\n- відомості про ZUS або KRUS померлого (якщо відомі)',
        howToApply: `${APPLY_IN_PERSON.uk} Справа термінова: прийдіть або зателефонуйте до центру того ж дня, коли стало відомо, що родина не організує похорону.`,
      },
      en: {
        title: 'Arranging a funeral',
        summary: 'The centre arranges a funeral when no one in the family can.',
        description:
          'The gmina arranges the funeral of a deceased person when there is no family able to do it, within the costs set by the council’s resolution (art. 44 of the Social Assistance Act). The centre recovers the cost from the ZUS or KRUS funeral allowance or from the estate.',
        eligibility:
          'A person who died in the gmina, or its resident, when the family cannot arrange the funeral.',
        whatToBring:
          '- the death certificate\n- the identity card of the person reporting\n- the deceased’s ZUS or KRUS details (if known)',
        howToApply: `${APPLY_IN_PERSON.en} It is urgent: come or phone the centre on the day you know the family will not arrange the funeral.`,
      },
    },
  },
  {
    slug: 'interwencja-kryzysowa',
    category: 'crisis',
    selfCheck: null,
    onlineForm: 'crisisIntervention',
    where: ['jasna'],
    texts: {
      pl: {
        title: 'Interwencja kryzysowa',
        summary: 'Natychmiastowe wsparcie w kryzysie: rozmowa, plan działania, w razie potrzeby schronienie.',
        description:
          'Interwencja kryzysowa to pomoc psychologiczna, prawna i socjalna dla osób i rodzin w kryzysie — po nagłej stracie, w przemocy, po wypadku — prowadzona bez względu na dochód (art. 47 ustawy o pomocy społecznej). Ustalamy z Tobą plan działania; w razie potrzeby zapewniamy schronienie w hostelu do 3 miesięcy.',
        eligibility: 'Każda osoba w kryzysie, bez względu na dochód.',
        whatToBring: ID.pl,
        howToApply:
          'Przyjdź bez zapisów do punktu interwencji kryzysowej przy ul. Jasnej w godzinach jego pracy albo zadzwoń; możesz też napisać przez formularz „Złóż wniosek” — oddzwonimy. W zagrożeniu życia dzwoń na 112.',
      },
      uk: {
        title: 'Кризове втручання',
        summary: 'Негайна підтримка в кризі: розмова, план дій, за потреби притулок.',
        description:
          'Кризове втручання — психологічна, юридична та соціальна допомога особам і сімʼям у кризі — після раптової втрати, у насильстві, після аварії — незалежно від доходу (ст. 47 закону про соціальну допомогу). Разом складаємо план дій; за потреби надаємо притулок у хостелі до 3 місяців.',
        eligibility: 'Кожна особа в кризі, незалежно від доходу.',
        whatToBring: ID.uk,
        howToApply:
          'Приходьте без запису до пункту кризового втручання на вул. Jasna в години роботи або зателефонуйте; можна також написати через форму «Подати заяву» — ми передзвонимо. У разі загрози життю телефонуйте 112.',
      },
      en: {
        title: 'Crisis intervention',
        summary: 'Immediate support in a crisis: a talk, a plan, a place to stay if needed.',
        description:
          'Crisis intervention is psychological, legal and social help for people and families in a crisis — after a sudden loss, in violence, after an accident — whatever their income (art. 47 of the Social Assistance Act). We agree a plan with you and, if needed, a stay in a hostel for up to 3 months.',
        eligibility: 'Anyone in a crisis, whatever their income.',
        whatToBring: ID.en,
        howToApply:
          'Come without an appointment to the crisis intervention point in Jasna Street during its hours, or phone; you can also write through the “Apply” form — we call back. If life is in danger, call 112.',
      },
    },
  },
];
