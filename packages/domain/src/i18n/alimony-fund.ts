import { messages } from './types.ts';

// The alimony fund (uFA): calculator steps and server messages.
export const alimonyFund = messages({
  pl: {
    'validation.alimonyFund.monthTwice': 'Ten miesiąc podano już wyżej.',
    'validation.alimonyFund.monthNotPaid': 'Za ten miesiąc nie wypłacono świadczenia z tej decyzji.',
    'validation.alimonyFund.moreThanPaid': 'Kwota przekracza świadczenie wypłacone za ten miesiąc ({max}).',
    'validation.alimonyFund.undueTooOld':
      'Od wypłaty minęło ponad 10 lat — decyzji o zwrocie się nie wydaje (art. 23 ust. 4).',
    'validation.alimonyFund.decidedBeforePayment': 'Decyzja nie może poprzedzać wypłaty świadczenia.',
    'error.alimonyFund.notGranted': 'W tej sprawie nie przyznano świadczeń z funduszu alimentacyjnego.',
    'benefit.funduszAlimentacyjny': 'świadczenie z funduszu alimentacyjnego',
    'alimonyFund.step.criterion': 'Okres świadczeniowy {period}: kryterium dochodowe {criterion} na osobę.',
    'alimonyFund.step.income':
      'Dochód rodziny {income} miesięcznie; na osobę w rodzinie {size}-osobowej: {perPerson}.',
    'alimonyFund.step.withinCriterion':
      'Dochód na osobę nie przekracza kryterium: świadczenia w pełnej wysokości.',
    'alimonyFund.step.overCriterion':
      'Dochód na osobę przekracza kryterium o {excess}: o tyle zmniejsza się świadczenie każdej osoby uprawnionej („złotówka za złotówkę”).',
    'alimonyFund.step.overAge':
      'Osoba nr {n} (wiek {age}) przekroczyła granicę wieku ({limit} lat) — świadczenie nie przysługuje.',
    'alimonyFund.step.benefit':
      'Osoba nr {n}: alimenty ustalone przez sąd {alimony}, świadczenie najwyżej {cap} — {amount} miesięcznie.',
    'alimonyFund.step.reduced': 'Osoba nr {n}: po zmniejszeniu o {excess} — {amount} miesięcznie.',
    'alimonyFund.step.underMinimum':
      'Osoba nr {n}: po zmniejszeniu zostaje {result} — mniej niż {minimum}, więc świadczenie nie przysługuje.',
    'alimonyFund.step.noEntitled':
      'Nikt w rodzinie nie jest osobą uprawnioną w granicach wieku — świadczenia nie przysługują.',
    'alimonyFund.step.total': 'Świadczenia z funduszu alimentacyjnego razem: {amount} miesięcznie.',
    'alimonyFund.step.enforcementIneffective':
      'Zaświadczenie komornika z dnia {issuedOn}: w ostatnich dwóch miesiącach nie wyegzekwowano pełnych alimentów — egzekucja jest bezskuteczna.',
    'alimonyFund.step.enforcementEffective':
      'Zaświadczenie komornika z dnia {issuedOn}: pełne alimenty wyegzekwowano {lastFullPaymentOn}, w ostatnich dwóch miesiącach — egzekucja nie jest bezskuteczna, świadczenia nie przysługują.',
    'validation.alimonyFund.courtAlimonyPositive': 'Alimenty ustalone przez sąd muszą być większe od zera.',
    'validation.alimonyFund.noEntitled': 'Wskaż co najmniej jedną osobę z alimentami ustalonymi przez sąd.',
    'validation.alimonyFund.certificateAfterApplication':
      'Zaświadczenie komornika nie może być wystawione po dniu złożenia wniosku.',
    'validation.alimonyFund.paymentAfterCertificate': 'Data wpłaty jest późniejsza niż data zaświadczenia.',
    'validation.alimonyFund.noParameters': 'Brak kwot funduszu alimentacyjnego na ten dzień.',
    'error.alimonyFund.decided': 'W tej sprawie wydano już decyzję.',
    'error.alimonyFund.notEligible':
      'Świadczenia z funduszu alimentacyjnego nie przysługują w żadnym miesiącu okresu — wydaj decyzję odmowną.',
  },
  uk: {
    'validation.alimonyFund.monthTwice': 'Цей місяць уже вказано вище.',
    'validation.alimonyFund.monthNotPaid': 'За цей місяць виплату за цим рішенням не здійснено.',
    'validation.alimonyFund.moreThanPaid': 'Сума перевищує виплату за цей місяць ({max}).',
    'validation.alimonyFund.undueTooOld':
      'Від виплати минуло понад 10 років — рішення про повернення не видається (ст. 23 п. 4).',
    'validation.alimonyFund.decidedBeforePayment': 'Рішення не може передувати виплаті.',
    'error.alimonyFund.notGranted': 'У цій справі виплати з аліментного фонду не призначено.',
    'benefit.funduszAlimentacyjny': 'виплата з аліментного фонду (fundusz alimentacyjny)',
    'alimonyFund.step.criterion': 'Період виплат {period}: критерій доходу {criterion} на особу.',
    'alimonyFund.step.income': 'Дохід сімʼї {income} на місяць; на особу в сімʼї з {size} осіб: {perPerson}.',
    'alimonyFund.step.withinCriterion': 'Дохід на особу не перевищує критерію: виплати в повному розмірі.',
    'alimonyFund.step.overCriterion':
      'Дохід на особу перевищує критерій на {excess}: на цю суму зменшується виплата кожній уповноваженій особі («злотий за злотий»).',
    'alimonyFund.step.overAge':
      'Особа № {n} (вік {age}) перевищила вікову межу ({limit} років) — виплата не належить.',
    'alimonyFund.step.benefit':
      'Особа № {n}: аліменти, встановлені судом, {alimony}, виплата щонайбільше {cap} — {amount} на місяць.',
    'alimonyFund.step.reduced': 'Особа № {n}: після зменшення на {excess} — {amount} на місяць.',
    'alimonyFund.step.underMinimum':
      'Особа № {n}: після зменшення залишається {result} — менше ніж {minimum}, тому виплата не належить.',
    'alimonyFund.step.noEntitled': 'У сімʼї немає уповноваженої особи в межах віку — виплати не належать.',
    'alimonyFund.step.total': 'Виплати з аліментного фонду разом: {amount} на місяць.',
    'alimonyFund.step.enforcementIneffective':
      'Довідка судового виконавця від {issuedOn}: за останні два місяці повні аліменти не стягнуто — стягнення безрезультатне.',
    'alimonyFund.step.enforcementEffective':
      'Довідка судового виконавця від {issuedOn}: повні аліменти стягнуто {lastFullPaymentOn}, в останні два місяці — стягнення не безрезультатне, виплати не належать.',
    'validation.alimonyFund.courtAlimonyPositive':
      'Аліменти, встановлені судом, мають бути більшими за нуль.',
    'validation.alimonyFund.noEntitled': 'Вкажіть принаймні одну особу з аліментами, встановленими судом.',
    'validation.alimonyFund.certificateAfterApplication':
      'Довідку судового виконавця не може бути видано після дня подання заяви.',
    'validation.alimonyFund.paymentAfterCertificate': 'Дата платежу пізніша за дату довідки.',
    'validation.alimonyFund.noParameters': 'Немає сум аліментного фонду на цей день.',
    'error.alimonyFund.decided': 'У цій справі вже видано рішення.',
    'error.alimonyFund.notEligible':
      'Виплати з аліментного фонду не належать у жодному місяці періоду — видайте рішення про відмову.',
  },
  en: {
    'validation.alimonyFund.monthTwice': 'This month is already listed above.',
    'validation.alimonyFund.monthNotPaid': 'No benefit of this decision was paid for this month.',
    'validation.alimonyFund.moreThanPaid': 'The amount exceeds the benefit paid for this month ({max}).',
    'validation.alimonyFund.undueTooOld':
      'More than 10 years have passed since the payment — no repayment decision is issued (art. 23(4)).',
    'validation.alimonyFund.decidedBeforePayment': 'The decision cannot precede the payment.',
    'error.alimonyFund.notGranted': 'No alimony fund benefits were granted in this case.',
    'benefit.funduszAlimentacyjny': 'alimony fund benefit (fundusz alimentacyjny)',
    'alimonyFund.step.criterion': 'Benefit period {period}: income criterion {criterion} per person.',
    'alimonyFund.step.income':
      'Family income {income} a month; per person in a family of {size}: {perPerson}.',
    'alimonyFund.step.withinCriterion': 'Income per person is within the criterion: benefits in full.',
    'alimonyFund.step.overCriterion':
      'Income per person exceeds the criterion by {excess}: each entitled person’s benefit is reduced by that much (“złotówka za złotówkę”).',
    'alimonyFund.step.overAge': 'Person no. {n} (aged {age}) is over the age limit ({limit}) — no benefit.',
    'alimonyFund.step.benefit':
      'Person no. {n}: alimony set by the court {alimony}, benefit at most {cap} — {amount} a month.',
    'alimonyFund.step.reduced': 'Person no. {n}: reduced by {excess} — {amount} a month.',
    'alimonyFund.step.underMinimum':
      'Person no. {n}: after the reduction {result} is left — less than {minimum}, so no benefit is paid.',
    'alimonyFund.step.noEntitled':
      'Nobody in the family is an entitled person within the age limit — no benefits.',
    'alimonyFund.step.total': 'Alimony fund benefits in total: {amount} a month.',
    'alimonyFund.step.enforcementIneffective':
      'Bailiff’s certificate of {issuedOn}: no full alimony was recovered in the last two months — enforcement is ineffective.',
    'alimonyFund.step.enforcementEffective':
      'Bailiff’s certificate of {issuedOn}: full alimony was recovered on {lastFullPaymentOn}, within the last two months — enforcement is not ineffective, no benefits.',
    'validation.alimonyFund.courtAlimonyPositive': 'The alimony set by the court must be more than zero.',
    'validation.alimonyFund.noEntitled': 'Name at least one person with alimony set by a court.',
    'validation.alimonyFund.certificateAfterApplication':
      'The bailiff’s certificate cannot be dated after the day the application was filed.',
    'validation.alimonyFund.paymentAfterCertificate': 'The payment is dated after the certificate.',
    'validation.alimonyFund.noParameters': 'No alimony fund amounts for that day.',
    'error.alimonyFund.decided': 'A decision has already been issued in this case.',
    'error.alimonyFund.notEligible':
      'No alimony fund benefit is due in any month of the period — issue a refusal.',
  },
});
