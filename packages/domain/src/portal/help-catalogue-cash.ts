import { APPLY_ONLINE, BRING_INCOME, type HelpEntry } from './help-catalogue-types.ts';

// Cash benefits of the Social Assistance Act (seeds 003 and 004: Pruszcz Gdański, Wrocław).
export const HELP_CASH: HelpEntry[] = [
  {
    slug: 'zasilek-okresowy',
    category: 'cash',
    onlineForm: 'zasilekOkresowy',
    selfCheck: 'zasilekOkresowy',
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Zasiłek okresowy',
        summary:
          'Pomoc pieniężna na czas, gdy dochód spadł poniżej kryterium z powodu bezrobocia, choroby lub niepełnosprawności.',
        description:
          'Zasiłek okresowy przysługuje na czas określony przez ośrodek na podstawie rodzinnego wywiadu środowiskowego (art. 38 ustawy o pomocy społecznej).\n\nWysokość zależy od różnicy między kryterium dochodowym a dochodem — sprawdź orientacyjną kwotę w kalkulatorze „Czy mogę dostać?”.',
        eligibility:
          'Osoba samotnie gospodarująca lub rodzina, której dochód jest niższy od kryterium dochodowego, w szczególności z powodu długotrwałej choroby, niepełnosprawności, bezrobocia lub braku uprawnień do świadczeń z innych systemów zabezpieczenia społecznego.',
        whatToBring: `${BRING_INCOME.pl}\n- zaświadczenie z powiatowego urzędu pracy (osoby bezrobotne)\n- zaświadczenie lekarskie lub orzeczenie (choroba, niepełnosprawność)`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Періодична допомога (zasiłek okresowy)',
        summary:
          'Грошова допомога на час, коли дохід упав нижче критерію через безробіття, хворобу або інвалідність.',
        description:
          'Періодична допомога надається на строк, визначений центром на підставі сімейного соціального опитування (ст. 38 закону про соціальну допомогу).\n\nРозмір залежить від різниці між критерієм доходу та доходом — перевірте орієнтовну суму в калькуляторі «Чи можу я отримати?».',
        eligibility:
          'Особа, яка веде господарство самостійно, або сімʼя, дохід якої нижчий за критерій доходу, зокрема через тривалу хворобу, інвалідність, безробіття або відсутність права на виплати з інших систем соціального захисту.',
        whatToBring: `${BRING_INCOME.uk}\n- довідка з повітового центру зайнятості (для безробітних)\n- медична довідка або рішення про інвалідність`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Periodic allowance (zasiłek okresowy)',
        summary:
          'Money for the time your income is below the threshold because of unemployment, illness or disability.',
        description:
          'The periodic allowance is paid for a period the centre sets after a home visit (art. 38 of the Social Assistance Act).\n\nThe amount depends on the gap between the income threshold and your income — check an estimate in the “Could I get it?” calculator.',
        eligibility:
          'A person living alone or a family whose income is below the income threshold, in particular because of long illness, disability, unemployment or having no right to benefits from other social security schemes.',
        whatToBring: `${BRING_INCOME.en}\n- a certificate from the district labour office (if unemployed)\n- a medical certificate or disability ruling (illness, disability)`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'zasilek-staly',
    category: 'cash',
    onlineForm: 'zasilekStaly',
    selfCheck: 'zasilekStaly',
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Zasiłek stały',
        summary:
          'Stała pomoc pieniężna dla osób, które z powodu wieku lub niepełnosprawności nie mogą pracować.',
        description:
          'Zasiłek stały jest przyznawany decyzją na podstawie art. 37 ustawy o pomocy społecznej. Ośrodek opłaca też za osobę pobierającą zasiłek składkę na ubezpieczenie zdrowotne.',
        eligibility:
          'Pełnoletnia osoba całkowicie niezdolna do pracy z powodu wieku (wiek emerytalny) lub niepełnosprawności, której dochód jest niższy od kryterium dochodowego.',
        whatToBring: `${BRING_INCOME.pl}\n- orzeczenie o niepełnosprawności lub o niezdolności do pracy\n- decyzja ZUS lub KRUS o emeryturze albo rencie (jeśli jest)`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Постійна допомога (zasiłek stały)',
        summary: 'Постійна грошова допомога для людей, які через вік або інвалідність не можуть працювати.',
        description:
          'Постійна допомога призначається рішенням на підставі ст. 37 закону про соціальну допомогу. Центр також сплачує за отримувача внесок на медичне страхування.',
        eligibility:
          'Повнолітня особа, повністю непрацездатна через вік (пенсійний вік) або інвалідність, дохід якої нижчий за критерій доходу.',
        whatToBring: `${BRING_INCOME.uk}\n- рішення про інвалідність або непрацездатність\n- рішення ZUS або KRUS про пенсію (якщо є)`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Permanent allowance (zasiłek stały)',
        summary: 'Regular money for people who cannot work because of their age or a disability.',
        description:
          'The permanent allowance is granted by decision under art. 37 of the Social Assistance Act. The centre also pays the health insurance contribution of the person who receives it.',
        eligibility:
          'An adult fully unable to work because of age (retirement age) or disability, whose income is below the income threshold.',
        whatToBring: `${BRING_INCOME.en}\n- a disability or incapacity-for-work ruling\n- the ZUS or KRUS pension decision (if any)`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
  {
    slug: 'zasilek-celowy',
    category: 'cash',
    onlineForm: 'zasilekCelowy',
    selfCheck: null,
    where: ['main', 'jasna'],
    texts: {
      pl: {
        title: 'Zasiłek celowy',
        summary:
          'Jednorazowa pomoc na konkretną, niezbędną potrzebę: jedzenie, leki, opał, ubranie, drobny remont.',
        description:
          'Zasiłek celowy może być przyznany w szczególności na pokrycie części lub całości kosztów zakupu żywności, leków i leczenia, opału, odzieży, niezbędnych przedmiotów użytku domowego, drobnych remontów i napraw w mieszkaniu, a także kosztów pogrzebu (art. 39 ustawy o pomocy społecznej).',
        eligibility:
          'Osoba lub rodzina z dochodem poniżej kryterium dochodowego. W szczególnie uzasadnionych przypadkach — także z wyższym dochodem (specjalny zasiłek celowy).',
        whatToBring: `${BRING_INCOME.pl}\n- dokumenty potwierdzające potrzebę lub wydatek (np. recepta, faktura, kosztorys)`,
        howToApply: APPLY_ONLINE.pl,
      },
      uk: {
        title: 'Цільова допомога (zasiłek celowy)',
        summary:
          'Одноразова допомога на конкретну необхідну потребу: їжа, ліки, паливо, одяг, дрібний ремонт.',
        description:
          'Цільова допомога може бути призначена, зокрема, на покриття частини або всієї вартості їжі, ліків і лікування, палива, одягу, необхідних предметів побуту, дрібного ремонту житла, а також витрат на похорон (ст. 39 закону про соціальну допомогу).',
        eligibility:
          'Особа або сімʼя з доходом нижче критерію доходу. В особливо обґрунтованих випадках — також із вищим доходом (спеціальна цільова допомога).',
        whatToBring: `${BRING_INCOME.uk}\n- документи, що підтверджують потребу або витрату (напр. рецепт, рахунок, кошторис)`,
        howToApply: APPLY_ONLINE.uk,
      },
      en: {
        title: 'Purpose allowance (zasiłek celowy)',
        summary:
          'One-off help for a specific necessary need: food, medicines, fuel, clothing, small repairs.',
        description:
          'The purpose allowance may cover part or all of the cost of food, medicines and treatment, fuel, clothing, necessary household items, small repairs in the home, and funeral costs (art. 39 of the Social Assistance Act).',
        eligibility:
          'A person or family with income below the income threshold. In particularly justified cases also with a higher income (special purpose allowance).',
        whatToBring: `${BRING_INCOME.en}\n- documents showing the need or the expense (e.g. a prescription, an invoice, a cost estimate)`,
        howToApply: APPLY_ONLINE.en,
      },
    },
  },
];
