import { messages } from './types.ts';

// "Posiłek w szkole i w domu": the income test's steps, the server's messages, the yearly report's labels,
// and the strategy report's indicators of the services (care services and meals).
export const mealsProgramme = messages({
  pl: {
    'meals.step.criterionSingle':
      'Kryterium programu dla osoby samotnie gospodarującej ({percent}% kryterium z art. 8 ups): {criterion}; dochód {income}.',
    'meals.step.criterionFamily':
      'Kryterium programu na osobę w rodzinie ({percent}% kryterium z art. 8 ups): {criterion}; dochód rodziny {income} na {size} osób.',
    'meals.step.within': 'Dochód nie przekracza kryterium programu.',
    'meals.step.above': 'Dochód przekracza kryterium programu.',
    'error.meals.providerExists': 'Szkoła lub stołówka o tej nazwie jest już w wykazie.',
    'validation.meals.noProgramme': 'W tym dniu program „Posiłek w szkole i w domu” nie obowiązywał.',
    'validation.meals.unknownProvider': 'Nie ma takiej szkoły ani stołówki w wykazie.',
    'validation.meals.aboveCriterion':
      'Dochód rodziny z wywiadu przekracza kryterium programu ({percent}% kryterium dochodowego).',
    'validation.meals.wholeGrosze': 'Podaj kwotę w pełnych groszach.',
    'validation.meals.amountPositive': 'Podaj kwotę większą od zera.',
    'validation.meals.mealsMin': 'Podaj co najmniej jeden posiłek.',
    'validation.meals.mealsMax': 'W miesiącu może być najwyżej 31 posiłków.',
    'validation.meals.unknownPerson': 'Nie ma takiej osoby w rejestrze.',
    'validation.meals.noDecision':
      'Ta osoba nie ma decyzji przyznającej posiłek w tym miesiącu: zaznacz ucznia na wniosek dyrektora szkoły albo wydaj decyzję.',
    'validation.meals.exceptionSchoolOnly': 'Bez wywiadu i decyzji można żywić tylko uczniów w szkole.',
    'validation.meals.exceptionCap':
      'Przekroczono limit uczniów żywionych bez decyzji: najwyżej {allowed} ({percent}% z {fed} dzieci żywionych w poprzednim miesiącu).',
    'meals.report.title': 'Program „Posiłek w szkole i w domu” — sprawozdanie za rok {year}',
    'meals.report.line': 'Forma pomocy',
    'meals.report.persons': 'Osoby',
    'meals.report.meals': 'Posiłki',
    'meals.report.cost': 'Koszt',
    'meals.report.total': 'Razem (osoby bez powtórzeń)',
    'meals.report.exceptions': 'W tym uczniowie żywieni bez decyzji na wniosek dyrektora szkoły: {n}',
    'meals.line.mealSchool': 'Posiłek w szkole',
    'meals.line.mealHome': 'Posiłek dostarczany do domu',
    'meals.line.mealCanteen': 'Posiłek w stołówce',
    'meals.line.zasilekCelowy': 'Zasiłek celowy na zakup posiłku lub żywności',
    'meals.line.foodInKind': 'Świadczenie rzeczowe w postaci produktów żywnościowych',
    'reporting.indicator.careServices.recipients':
      'Osoby korzystające z usług opiekuńczych (w tym sąsiedzkich)',
    'reporting.indicator.careServices.specialistRecipients':
      'Osoby korzystające ze specjalistycznych usług opiekuńczych',
    'reporting.indicator.careServices.mentalDisorderRecipients':
      'Osoby z zaburzeniami psychicznymi korzystające ze specjalistycznych usług opiekuńczych',
    'reporting.indicator.careServices.hoursDelivered': 'Godziny usług opiekuńczych zrealizowane',
    'reporting.indicator.meals.pupils': 'Dzieci i uczniowie objęci pomocą w formie posiłku',
    'reporting.indicator.meals.adults': 'Osoby dorosłe objęte pomocą w formie posiłku',
    'reporting.indicator.meals.served': 'Wydane posiłki',
    'reporting.indicator.meals.cost': 'Koszt posiłków (z faktur)',
    'reporting.indicator.meals.cashForFood':
      'Osoby objęte zasiłkiem celowym na posiłek lub żywność albo produktami żywnościowymi',
    'reporting.indicator.meals.cashForFoodAmount': 'Kwota zasiłków celowych na żywność i wartość produktów',
  },
  uk: {
    'meals.step.criterionSingle':
      'Критерій програми для особи, яка веде господарство самостійно ({percent}% критерію ст. 8 ups): {criterion}; дохід {income}.',
    'meals.step.criterionFamily':
      'Критерій програми на особу в сім’ї ({percent}% критерію ст. 8 ups): {criterion}; дохід сім’ї {income} на {size} осіб.',
    'meals.step.within': 'Дохід не перевищує критерію програми.',
    'meals.step.above': 'Дохід перевищує критерій програми.',
    'error.meals.providerExists': 'Школа або їдальня з такою назвою вже є в переліку.',
    'validation.meals.noProgramme': 'Цього дня програма «Posiłek w szkole i w domu» не діяла.',
    'validation.meals.unknownProvider': 'У переліку немає такої школи чи їдальні.',
    'validation.meals.aboveCriterion':
      'Дохід сім’ї за обстеженням перевищує критерій програми ({percent}% критерію доходу).',
    'validation.meals.wholeGrosze': 'Вкажіть суму в цілих грошах.',
    'validation.meals.amountPositive': 'Вкажіть суму більшу за нуль.',
    'validation.meals.mealsMin': 'Вкажіть щонайменше одне харчування.',
    'validation.meals.mealsMax': 'У місяці може бути щонайбільше 31 харчування.',
    'validation.meals.unknownPerson': 'У реєстрі немає такої особи.',
    'validation.meals.noDecision':
      'Ця особа не має рішення про харчування в цьому місяці: позначте учня на прохання директора школи або видайте рішення.',
    'validation.meals.exceptionSchoolOnly': 'Без обстеження та рішення можна годувати лише учнів у школі.',
    'validation.meals.exceptionCap':
      'Перевищено ліміт учнів без рішення: щонайбільше {allowed} ({percent}% з {fed} дітей, яких годували в попередньому місяці).',
    'meals.report.title': 'Програма «Posiłek w szkole i w domu» — звіт за {year} рік',
    'meals.report.line': 'Форма допомоги',
    'meals.report.persons': 'Особи',
    'meals.report.meals': 'Харчування',
    'meals.report.cost': 'Вартість',
    'meals.report.total': 'Разом (особи без повторень)',
    'meals.report.exceptions': 'З них учні без рішення на прохання директора школи: {n}',
    'meals.line.mealSchool': 'Харчування в школі',
    'meals.line.mealHome': 'Харчування з доставкою додому',
    'meals.line.mealCanteen': 'Харчування в їдальні',
    'meals.line.zasilekCelowy': 'Цільова допомога на харчування або продукти',
    'meals.line.foodInKind': 'Допомога продуктами харчування',
    'reporting.indicator.careServices.recipients':
      'Особи, які отримують опікунські послуги (зокрема сусідські)',
    'reporting.indicator.careServices.specialistRecipients':
      'Особи, які отримують спеціалізовані опікунські послуги',
    'reporting.indicator.careServices.mentalDisorderRecipients':
      'Особи з психічними розладами, які отримують спеціалізовані опікунські послуги',
    'reporting.indicator.careServices.hoursDelivered': 'Надані години опікунських послуг',
    'reporting.indicator.meals.pupils': 'Діти та учні, які отримують харчування',
    'reporting.indicator.meals.adults': 'Дорослі, які отримують харчування',
    'reporting.indicator.meals.served': 'Видані харчування',
    'reporting.indicator.meals.cost': 'Вартість харчування (за рахунками)',
    'reporting.indicator.meals.cashForFood':
      'Особи з цільовою допомогою на харчування або продуктами харчування',
    'reporting.indicator.meals.cashForFoodAmount':
      'Сума цільової допомоги на харчування та вартість продуктів',
  },
  en: {
    'meals.step.criterionSingle':
      'The programme’s criterion for a single person ({percent}% of the art. 8 ups criterion): {criterion}; income {income}.',
    'meals.step.criterionFamily':
      'The programme’s criterion per person in a family ({percent}% of the art. 8 ups criterion): {criterion}; family income {income} for {size} persons.',
    'meals.step.within': 'The income is within the programme’s criterion.',
    'meals.step.above': 'The income is above the programme’s criterion.',
    'error.meals.providerExists': 'A school or canteen with this name is already listed.',
    'validation.meals.noProgramme': 'The “Posiłek w szkole i w domu” programme was not in force on that day.',
    'validation.meals.unknownProvider': 'No such school or canteen is listed.',
    'validation.meals.aboveCriterion':
      'The family’s income from the home visit is above the programme’s criterion ({percent}% of the income criterion).',
    'validation.meals.wholeGrosze': 'Give the amount in whole grosze.',
    'validation.meals.amountPositive': 'Give an amount above zero.',
    'validation.meals.mealsMin': 'Give at least one meal.',
    'validation.meals.mealsMax': 'A month has at most 31 meals.',
    'validation.meals.unknownPerson': 'No such person in the registry.',
    'validation.meals.noDecision':
      'This person has no decision granting a meal this month: mark the pupil at the headteacher’s request or issue a decision.',
    'validation.meals.exceptionSchoolOnly':
      'Only pupils at school may be fed without a home visit and a decision.',
    'validation.meals.exceptionCap':
      'Too many pupils fed without a decision: at most {allowed} ({percent}% of the {fed} children fed the month before).',
    'meals.report.title': '“Posiłek w szkole i w domu” programme — report for {year}',
    'meals.report.line': 'Form of help',
    'meals.report.persons': 'Persons',
    'meals.report.meals': 'Meals',
    'meals.report.cost': 'Cost',
    'meals.report.total': 'Total (each person once)',
    'meals.report.exceptions': 'Of whom pupils fed without a decision at the headteacher’s request: {n}',
    'meals.line.mealSchool': 'Meal at school',
    'meals.line.mealHome': 'Meal delivered home',
    'meals.line.mealCanteen': 'Meal in a canteen',
    'meals.line.zasilekCelowy': 'Zasiłek celowy for a meal or food',
    'meals.line.foodInKind': 'Food in kind',
    'reporting.indicator.careServices.recipients':
      'Persons receiving care services (including neighbour services)',
    'reporting.indicator.careServices.specialistRecipients': 'Persons receiving specialist care services',
    'reporting.indicator.careServices.mentalDisorderRecipients':
      'Persons with mental disorders receiving specialist care services',
    'reporting.indicator.careServices.hoursDelivered': 'Hours of care services delivered',
    'reporting.indicator.meals.pupils': 'Children and pupils given meals',
    'reporting.indicator.meals.adults': 'Adults given meals',
    'reporting.indicator.meals.served': 'Meals served',
    'reporting.indicator.meals.cost': 'Cost of the meals (from invoices)',
    'reporting.indicator.meals.cashForFood': 'Persons given a zasiłek celowy for food or food in kind',
    'reporting.indicator.meals.cashForFoodAmount':
      'Zasiłki celowe for food and the value of the food in kind',
  },
});
