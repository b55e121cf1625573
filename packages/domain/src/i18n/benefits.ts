import { messages } from './types.ts';

// Steps of the benefit calculations (packages/domain/src/benefits) and their validation messages.
// Amounts arrive formatted for the language; dates as YYYY-MM-DD.
export const benefits = messages({
  pl: {
    'benefits.step.parameters': 'Na dzień {date} obowiązują kwoty i kryteria ustalone od {validFrom}.',
    'benefits.step.criterionSingle': 'Kryterium dochodowe osoby samotnie gospodarującej: {criterion}.',
    'benefits.step.incomeSingle': 'Dochód osoby samotnie gospodarującej: {income}.',
    'benefits.step.criterionFamily':
      'Kryterium dochodowe na osobę w rodzinie: {perPerson}; kryterium dochodowe rodziny: {perPerson} × {size} os. = {criterion}.',
    'benefits.step.incomePerPerson':
      'Dochód na osobę w rodzinie: {income} : {size} os. = {amount} (zaokrąglone do pełnego grosza).',
    'benefits.step.withinCriterion': 'Dochód {income} nie przekracza kryterium dochodowego {criterion}.',
    'benefits.step.aboveCriterion': 'Dochód {income} przekracza kryterium dochodowe {criterion} o {excess}.',
    'benefits.step.farmIncome':
      'Dochód z gospodarstwa rolnego: {hectares} ha przeliczeniowych × {perHectare} = {amount} miesięcznie.',
    'benefits.notEligible': 'Świadczenie nie przysługuje.',
    'benefits.staly.notUnableToWork':
      'Zasiłek stały przysługuje osobie niezdolnej do pracy z powodu wieku lub całkowicie niezdolnej do pracy; wnioskodawca nie spełnia tego warunku.',
    'benefits.staly.incomeBelow': 'Dochód {income} jest niższy od kryterium dochodowego {criterion}.',
    'benefits.staly.incomeNotBelow': 'Dochód {income} nie jest niższy od kryterium dochodowego {criterion}.',
    'benefits.staly.ownIncomeBelow':
      'Dochód własny wnioskodawcy {income} jest niższy od kryterium na osobę w rodzinie {criterion}.',
    'benefits.staly.ownIncomeNotBelow':
      'Dochód własny wnioskodawcy {income} nie jest niższy od kryterium na osobę w rodzinie {criterion}.',
    'benefits.staly.perPersonBelow':
      'Dochód na osobę w rodzinie {income} jest niższy od kryterium na osobę w rodzinie {criterion}.',
    'benefits.staly.perPersonNotBelow':
      'Dochód na osobę w rodzinie {income} nie jest niższy od kryterium na osobę w rodzinie {criterion}.',
    'benefits.staly.difference': '{percent}% kryterium {criterion} = {base}; {base} − {income} = {amount}.',
    'benefits.staly.capped': 'Zasiłek stały osoby samotnie gospodarującej nie może być wyższy niż {max}.',
    'benefits.staly.raisedToMin': 'Zasiłek stały nie może być niższy niż {min}.',
    'benefits.staly.amount': 'Zasiłek stały: {amount} miesięcznie.',
    'benefits.okresowy.gap':
      'Różnica między kryterium dochodowym a dochodem: {criterion} − {income} = {gap}.',
    'benefits.okresowy.localRaise':
      'Uchwała rady gminy nr {number} z dnia {adoptedOn} podwyższa najniższą kwotę zasiłku z {statutory}% do {percent}% różnicy.',
    'benefits.okresowy.share': 'Co najmniej {percent}% różnicy {gap}: {amount}.',
    'benefits.okresowy.raisedToMin': 'Zasiłek okresowy nie może być niższy niż {min}.',
    'benefits.okresowy.singleCap':
      'Zasiłek okresowy osoby samotnie gospodarującej nie może być wyższy niż {cap}.',
    'benefits.okresowy.floorAboveGap':
      'Najniższa kwota {min} przewyższa różnicę; przysługuje co najmniej {min}.',
    'benefits.okresowy.amount': 'Zasiłek okresowy: od {min} do {max} miesięcznie.',
    'benefits.celowy.aboveCriterion':
      'Dochód przekracza kryterium; w szczególnie uzasadnionych przypadkach możliwy jest specjalny zasiłek celowy.',
    'benefits.celowy.noCeiling':
      'Ustawa nie określa najwyższej kwoty zasiłku celowego; ośrodek ustala ją według niezbędnej potrzeby (wniosek: {requested}).',
    'benefits.specjalny.ceiling':
      'Specjalny zasiłek celowy nie może przekroczyć kryterium dochodowego: {ceiling}.',
    'benefits.specjalny.amount': 'Wnioskowana kwota {requested}; może zostać przyznane do {amount}.',
    'benefits.income.previousMonth': 'Dochód z miesiąca poprzedzającego złożenie wniosku ({date}): {month}.',
    'benefits.income.monthOfLoss': 'Utrata dochodu: dochód z miesiąca złożenia wniosku ({date}): {month}.',
    'benefits.income.otherMonth':
      '{member}: {kind} ({net}) z miesiąca {month} pominięto — liczy się miesiąc {referenceMonth}.',
    'benefits.income.excluded': '{member}: {kind} ({net}) nie wlicza się do dochodu ({basis}).',
    'benefits.income.source':
      '{member}: {kind} — przychód {gross} − podatek {tax} − składki {contributions} = {net}.',
    'benefits.income.alimonyPaid': '{member}: alimenty świadczone na rzecz innych osób −{amount}.',
    'benefits.income.member': '{member}: dochód {amount}.',
    'benefits.income.household': 'Dochód rodziny: {income} ({size} os.).',
    'benefits.income.membersPlusFarm': 'Dochód: {members} + gospodarstwo rolne {farm} = {income}.',
    'benefits.incomeKind.employment': 'wynagrodzenie ze stosunku pracy',
    'benefits.incomeKind.civilContract': 'umowa zlecenia lub o dzieło',
    'benefits.incomeKind.businessActivity': 'działalność gospodarcza',
    'benefits.incomeKind.pension': 'emerytura lub renta',
    'benefits.incomeKind.unemploymentBenefit': 'zasiłek dla bezrobotnych',
    'benefits.incomeKind.sicknessBenefit': 'zasiłek chorobowy lub macierzyński',
    'benefits.incomeKind.familyBenefit': 'świadczenia rodzinne',
    'benefits.incomeKind.careBenefit': 'świadczenie pielęgnacyjne lub zasiłek opiekuńczy',
    'benefits.incomeKind.alimonyReceived': 'alimenty otrzymywane',
    'benefits.incomeKind.alimonyFund': 'fundusz alimentacyjny',
    'benefits.incomeKind.socialAssistanceBenefit': 'zasiłek stały lub okresowy',
    'benefits.incomeKind.other': 'inny dochód',
    'benefits.incomeKind.oneOffSocialBenefit': 'jednorazowe pieniężne świadczenie socjalne',
    'benefits.incomeKind.zasilekCelowy': 'zasiłek celowy',
    'benefits.incomeKind.schoolMaterialAid': 'pomoc materialna dla uczniów',
    'benefits.incomeKind.benefitInKind': 'świadczenie w naturze',
    'benefits.incomeKind.sociallyUsefulWork': 'świadczenie za prace społecznie użyteczne',
    'benefits.incomeKind.swiadczenieWychowawcze': 'świadczenie wychowawcze (800+)',
    'benefits.incomeKind.fosterCareAllowance': 'dodatek wychowawczy (piecza zastępcza)',
    'benefits.incomeKind.thirteenthPension': 'trzynasta emerytura',
    'benefits.incomeKind.fourteenthPension': 'czternasta emerytura',
    'validation.benefits.oneApplicant': 'Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę.',
    'validation.benefits.noParameters': 'Brak kryteriów i kwot na ten dzień; kalkulator liczy od {from}.',
    'validation.benefits.periodExists': 'Okres od tego dnia już istnieje.',
    'validation.benefits.resolutionExists': 'Uchwała o tym numerze i rodzaju jest już zapisana.',
    'validation.benefits.minAboveMax': 'Kwota najniższa nie może być wyższa od najwyższej.',
    'validation.benefits.validToBeforeFrom': 'Data końca nie może być wcześniejsza niż data początku.',
    'validation.benefits.okresowyPercent':
      'Podwyższony procent musi być większy niż 50 i nie większy niż 100.',
    'validation.benefits.criterionPercent': 'Podwyższone kryterium musi wynosić ponad 100%.',
    'validation.benefits.programmeRequired': 'Podaj nazwę programu.',
    'validation.benefits.deductionsAboveGross': 'Podatek i składki nie mogą przekraczać przychodu.',
    'validation.benefits.dueToBeforeDueFrom':
      'Ostatni miesiąc okresu nie może być wcześniejszy niż pierwszy.',
  },
  uk: {
    'benefits.step.parameters': 'На {date} діють суми та критерії, встановлені з {validFrom}.',
    'benefits.step.criterionSingle': 'Критерій доходу для особи, яка проживає сама: {criterion}.',
    'benefits.step.incomeSingle': 'Дохід особи, яка проживає сама: {income}.',
    'benefits.step.criterionFamily':
      'Критерій доходу на особу в сімʼї: {perPerson}; критерій доходу сімʼї: {perPerson} × {size} ос. = {criterion}.',
    'benefits.step.incomePerPerson':
      'Дохід на особу в сімʼї: {income} : {size} ос. = {amount} (округлено до гроша).',
    'benefits.step.withinCriterion': 'Дохід {income} не перевищує критерію доходу {criterion}.',
    'benefits.step.aboveCriterion': 'Дохід {income} перевищує критерій доходу {criterion} на {excess}.',
    'benefits.step.farmIncome':
      'Дохід від сільського господарства: {hectares} умовних га × {perHectare} = {amount} на місяць.',
    'benefits.notEligible': 'Право на допомогу відсутнє.',
    'benefits.staly.notUnableToWork':
      'Постійна допомога належить особі, непрацездатній через вік або повністю непрацездатній; заявник не відповідає цій умові.',
    'benefits.staly.incomeBelow': 'Дохід {income} нижчий за критерій доходу {criterion}.',
    'benefits.staly.incomeNotBelow': 'Дохід {income} не нижчий за критерій доходу {criterion}.',
    'benefits.staly.ownIncomeBelow':
      'Власний дохід заявника {income} нижчий за критерій на особу в сімʼї {criterion}.',
    'benefits.staly.ownIncomeNotBelow':
      'Власний дохід заявника {income} не нижчий за критерій на особу в сімʼї {criterion}.',
    'benefits.staly.perPersonBelow':
      'Дохід на особу в сімʼї {income} нижчий за критерій на особу {criterion}.',
    'benefits.staly.perPersonNotBelow':
      'Дохід на особу в сімʼї {income} не нижчий за критерій на особу {criterion}.',
    'benefits.staly.difference': '{percent}% критерію {criterion} = {base}; {base} − {income} = {amount}.',
    'benefits.staly.capped': 'Постійна допомога особі, яка проживає сама, не може перевищувати {max}.',
    'benefits.staly.raisedToMin': 'Постійна допомога не може бути меншою за {min}.',
    'benefits.staly.amount': 'Постійна допомога: {amount} на місяць.',
    'benefits.okresowy.gap': 'Різниця між критерієм доходу та доходом: {criterion} − {income} = {gap}.',
    'benefits.okresowy.localRaise':
      'Рішення ради гміни № {number} від {adoptedOn} підвищує найменшу суму допомоги з {statutory}% до {percent}% різниці.',
    'benefits.okresowy.share': 'Щонайменше {percent}% різниці {gap}: {amount}.',
    'benefits.okresowy.raisedToMin': 'Періодична допомога не може бути меншою за {min}.',
    'benefits.okresowy.singleCap':
      'Періодична допомога особі, яка проживає сама, не може перевищувати {cap}.',
    'benefits.okresowy.floorAboveGap': 'Найменша сума {min} перевищує різницю; належить щонайменше {min}.',
    'benefits.okresowy.amount': 'Періодична допомога: від {min} до {max} на місяць.',
    'benefits.celowy.aboveCriterion':
      'Дохід перевищує критерій; в особливо обґрунтованих випадках можлива спеціальна цільова допомога.',
    'benefits.celowy.noCeiling':
      'Закон не встановлює найбільшої суми цільової допомоги; центр визначає її відповідно до необхідної потреби (запит: {requested}).',
    'benefits.specjalny.ceiling':
      'Спеціальна цільова допомога не може перевищувати критерію доходу: {ceiling}.',
    'benefits.specjalny.amount': 'Запитувана сума {requested}; може бути призначено до {amount}.',
    'benefits.income.previousMonth': 'Дохід за місяць перед поданням заяви ({date}): {month}.',
    'benefits.income.monthOfLoss': 'Втрата доходу: дохід за місяць подання заяви ({date}): {month}.',
    'benefits.income.otherMonth':
      '{member}: {kind} ({net}) за місяць {month} не враховано — враховується місяць {referenceMonth}.',
    'benefits.income.excluded': '{member}: {kind} ({net}) не включається до доходу ({basis}).',
    'benefits.income.source':
      '{member}: {kind} — надходження {gross} − податок {tax} − внески {contributions} = {net}.',
    'benefits.income.alimonyPaid': '{member}: аліменти, сплачені на користь інших осіб −{amount}.',
    'benefits.income.member': '{member}: дохід {amount}.',
    'benefits.income.household': 'Дохід сімʼї: {income} ({size} ос.).',
    'benefits.income.membersPlusFarm': 'Дохід: {members} + сільське господарство {farm} = {income}.',
    'benefits.incomeKind.employment': 'заробітна плата за трудовим договором',
    'benefits.incomeKind.civilContract': 'цивільно-правовий договір',
    'benefits.incomeKind.businessActivity': 'підприємницька діяльність',
    'benefits.incomeKind.pension': 'пенсія',
    'benefits.incomeKind.unemploymentBenefit': 'допомога по безробіттю',
    'benefits.incomeKind.sicknessBenefit': 'допомога по хворобі або материнству',
    'benefits.incomeKind.familyBenefit': 'сімейні виплати',
    'benefits.incomeKind.careBenefit': 'виплата по догляду',
    'benefits.incomeKind.alimonyReceived': 'отримувані аліменти',
    'benefits.incomeKind.alimonyFund': 'аліментний фонд',
    'benefits.incomeKind.socialAssistanceBenefit': 'постійна або періодична допомога',
    'benefits.incomeKind.other': 'інший дохід',
    'benefits.incomeKind.oneOffSocialBenefit': 'одноразова грошова соціальна виплата',
    'benefits.incomeKind.zasilekCelowy': 'цільова допомога',
    'benefits.incomeKind.schoolMaterialAid': 'матеріальна допомога учням',
    'benefits.incomeKind.benefitInKind': 'допомога в натуральній формі',
    'benefits.incomeKind.sociallyUsefulWork': 'виплата за суспільно корисні роботи',
    'benefits.incomeKind.swiadczenieWychowawcze': 'виплата на виховання дитини (800+)',
    'benefits.incomeKind.fosterCareAllowance': 'виховна надбавка (прийомна сімʼя)',
    'benefits.incomeKind.thirteenthPension': 'тринадцята пенсія',
    'benefits.incomeKind.fourteenthPension': 'чотирнадцята пенсія',
    'validation.benefits.oneApplicant': 'Домогосподарство повинно мати рівно одного заявника.',
    'validation.benefits.noParameters': 'Немає критеріїв і сум на цю дату; калькулятор рахує з {from}.',
    'validation.benefits.periodExists': 'Період з цієї дати вже існує.',
    'validation.benefits.resolutionExists': 'Рішення з цим номером і видом уже збережено.',
    'validation.benefits.minAboveMax': 'Найменша сума не може бути більшою за найбільшу.',
    'validation.benefits.validToBeforeFrom': 'Дата закінчення не може бути раніше дати початку.',
    'validation.benefits.okresowyPercent': 'Підвищений відсоток має бути більшим за 50 і не більшим за 100.',
    'validation.benefits.criterionPercent': 'Підвищений критерій має становити понад 100%.',
    'validation.benefits.programmeRequired': 'Вкажіть назву програми.',
    'validation.benefits.deductionsAboveGross': 'Податок і внески не можуть перевищувати надходження.',
    'validation.benefits.dueToBeforeDueFrom': 'Останній місяць періоду не може бути раніше за перший.',
  },
  en: {
    'benefits.step.parameters': 'On {date} the criteria and amounts in force since {validFrom} apply.',
    'benefits.step.criterionSingle': 'Income criterion for a person living alone: {criterion}.',
    'benefits.step.incomeSingle': 'Income of the person living alone: {income}.',
    'benefits.step.criterionFamily':
      'Income criterion per person in a family: {perPerson}; family income criterion: {perPerson} × {size} persons = {criterion}.',
    'benefits.step.incomePerPerson':
      'Income per person in the family: {income} ÷ {size} persons = {amount} (rounded to the grosz).',
    'benefits.step.withinCriterion':
      'Income of {income} does not exceed the income criterion of {criterion}.',
    'benefits.step.aboveCriterion':
      'Income of {income} exceeds the income criterion of {criterion} by {excess}.',
    'benefits.step.farmIncome':
      'Farm income: {hectares} conversion hectares × {perHectare} = {amount} a month.',
    'benefits.notEligible': 'The benefit is not due.',
    'benefits.staly.notUnableToWork':
      'The permanent allowance is for a person unable to work because of age or totally unable to work; the applicant does not meet this condition.',
    'benefits.staly.incomeBelow': 'Income of {income} is lower than the income criterion of {criterion}.',
    'benefits.staly.incomeNotBelow':
      'Income of {income} is not lower than the income criterion of {criterion}.',
    'benefits.staly.ownIncomeBelow':
      "The applicant's own income of {income} is lower than the per-person criterion of {criterion}.",
    'benefits.staly.ownIncomeNotBelow':
      "The applicant's own income of {income} is not lower than the per-person criterion of {criterion}.",
    'benefits.staly.perPersonBelow':
      'Income per person of {income} is lower than the per-person criterion of {criterion}.',
    'benefits.staly.perPersonNotBelow':
      'Income per person of {income} is not lower than the per-person criterion of {criterion}.',
    'benefits.staly.difference':
      '{percent}% of the criterion {criterion} = {base}; {base} − {income} = {amount}.',
    'benefits.staly.capped': 'The permanent allowance of a person living alone may not exceed {max}.',
    'benefits.staly.raisedToMin': 'The permanent allowance may not be lower than {min}.',
    'benefits.staly.amount': 'Permanent allowance: {amount} a month.',
    'benefits.okresowy.gap':
      'Gap between the income criterion and the income: {criterion} − {income} = {gap}.',
    'benefits.okresowy.localRaise':
      'City council resolution no. {number} of {adoptedOn} raises the minimum from {statutory}% to {percent}% of the gap.',
    'benefits.okresowy.share': 'At least {percent}% of the gap of {gap}: {amount}.',
    'benefits.okresowy.raisedToMin': 'The periodic allowance may not be lower than {min}.',
    'benefits.okresowy.singleCap': 'The periodic allowance of a person living alone may not exceed {cap}.',
    'benefits.okresowy.floorAboveGap': 'The minimum of {min} exceeds the gap; at least {min} is due.',
    'benefits.okresowy.amount': 'Periodic allowance: from {min} to {max} a month.',
    'benefits.celowy.aboveCriterion':
      'Income exceeds the criterion; in particularly justified cases a special purpose allowance is possible.',
    'benefits.celowy.noCeiling':
      'The act sets no maximum for the purpose allowance; the centre sizes it to the necessary need (requested: {requested}).',
    'benefits.specjalny.ceiling':
      'The special purpose allowance may not exceed the income criterion: {ceiling}.',
    'benefits.specjalny.amount': 'Requested {requested}; up to {amount} may be granted.',
    'benefits.income.previousMonth': 'Income of the month before the application ({date}): {month}.',
    'benefits.income.monthOfLoss': 'Income lost: income of the month of the application ({date}): {month}.',
    'benefits.income.otherMonth':
      '{member}: {kind} ({net}) of {month} left out — the month that counts is {referenceMonth}.',
    'benefits.income.excluded': '{member}: {kind} ({net}) is not counted as income ({basis}).',
    'benefits.income.source':
      '{member}: {kind} — gross {gross} − tax {tax} − contributions {contributions} = {net}.',
    'benefits.income.alimonyPaid': '{member}: alimony paid to others −{amount}.',
    'benefits.income.member': '{member}: income {amount}.',
    'benefits.income.household': 'Household income: {income} ({size} persons).',
    'benefits.income.membersPlusFarm': 'Income: {members} + farm {farm} = {income}.',
    'benefits.incomeKind.employment': 'salary from employment',
    'benefits.incomeKind.civilContract': 'civil-law contract',
    'benefits.incomeKind.businessActivity': 'business activity',
    'benefits.incomeKind.pension': 'pension',
    'benefits.incomeKind.unemploymentBenefit': 'unemployment benefit',
    'benefits.incomeKind.sicknessBenefit': 'sickness or maternity benefit',
    'benefits.incomeKind.familyBenefit': 'family benefits',
    'benefits.incomeKind.careBenefit': 'carer benefit',
    'benefits.incomeKind.alimonyReceived': 'alimony received',
    'benefits.incomeKind.alimonyFund': 'alimony fund',
    'benefits.incomeKind.socialAssistanceBenefit': 'permanent or periodic allowance',
    'benefits.incomeKind.other': 'other income',
    'benefits.incomeKind.oneOffSocialBenefit': 'one-off social cash benefit',
    'benefits.incomeKind.zasilekCelowy': 'purpose allowance',
    'benefits.incomeKind.schoolMaterialAid': 'material aid for pupils',
    'benefits.incomeKind.benefitInKind': 'benefit in kind',
    'benefits.incomeKind.sociallyUsefulWork': 'pay for socially useful work',
    'benefits.incomeKind.swiadczenieWychowawcze': 'child-raising benefit (800+)',
    'benefits.incomeKind.fosterCareAllowance': 'foster-care upbringing allowance',
    'benefits.incomeKind.thirteenthPension': 'thirteenth pension',
    'benefits.incomeKind.fourteenthPension': 'fourteenth pension',
    'validation.benefits.oneApplicant': 'The household must have exactly one applicant.',
    'validation.benefits.noParameters':
      'No criteria and amounts for this date; the calculator starts on {from}.',
    'validation.benefits.periodExists': 'A period starting on this day already exists.',
    'validation.benefits.resolutionExists': 'A resolution with this number and kind is already recorded.',
    'validation.benefits.minAboveMax': 'The minimum may not be higher than the maximum.',
    'validation.benefits.validToBeforeFrom': 'The end date may not be before the start date.',
    'validation.benefits.okresowyPercent': 'The raised percentage must be more than 50 and at most 100.',
    'validation.benefits.criterionPercent': 'A raised criterion must be over 100%.',
    'validation.benefits.programmeRequired': 'Enter the name of the programme.',
    'validation.benefits.deductionsAboveGross': 'Tax and contributions may not exceed the gross amount.',
    'validation.benefits.dueToBeforeDueFrom': 'The last month of the period cannot be before the first.',
  },
});
