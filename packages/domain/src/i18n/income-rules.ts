import { messages } from './types.ts';

// Steps of the income rules added for issue 13: "niższy od" the criterion (art. 37–38), income
// received once (art. 8 ust. 11–12) and small changes of income (art. 106 ust. 3a).
export const incomeRules = messages({
  pl: {
    'benefits.step.belowCriterion': 'Dochód {income} jest niższy od kryterium dochodowego {criterion}.',
    'benefits.step.notBelowCriterion':
      'Dochód {income} nie jest niższy od kryterium dochodowego {criterion} (równy lub wyższy).',
    'benefits.income.oneOffSpread':
      '{member}: {kind} ({net}) wypłacony jednorazowo w {month} przekracza pięciokrotność kryterium ({threshold}); liczy się 1/12 w miesiącach {from}–{to}: {part}.',
    'benefits.income.oneOffOutside':
      '{member}: {kind} ({net}) wypłacony jednorazowo w {month}, rozliczany w miesiącach {from}–{to}; nie przypada na miesiąc {referenceMonth}.',
    'benefits.income.forPeriod':
      '{member}: {kind} ({net}) należny za okres {from}–{to} ({months} mies.); na miesiąc {referenceMonth} przypada {part}.',
    'benefits.income.forPeriodOutside':
      '{member}: {kind} ({net}) należny za okres {from}–{to}; nie przypada na miesiąc {referenceMonth}.',
    'benefits.income.updateMonth':
      'Aktualizacja wywiadu ({date}): dochód z miesiąca poprzedzającego: {month}.',
    'benefits.income.smallChange':
      'Dochód zmienił się z {before} na {after}, o {change}, nie więcej niż 10% kryterium ({limit}): wysokość świadczenia przyznanego decyzją {decision} się nie zmienia; liczy się dochód {before}.',
    'benefits.income.largeChange':
      'Dochód zmienił się z {before} na {after}, o {change}, więcej niż 10% kryterium ({limit}): świadczenie ustala się od nowa.',
  },
  uk: {
    'benefits.step.belowCriterion': 'Дохід {income} нижчий за критерій доходу {criterion}.',
    'benefits.step.notBelowCriterion':
      'Дохід {income} не нижчий за критерій доходу {criterion} (рівний або вищий).',
    'benefits.income.oneOffSpread':
      '{member}: {kind} ({net}), виплачений одноразово у {month}, перевищує п’ятикратний критерій ({threshold}); враховується 1/12 у місяцях {from}–{to}: {part}.',
    'benefits.income.oneOffOutside':
      '{member}: {kind} ({net}), виплачений одноразово у {month}, розподіляється на місяці {from}–{to}; на місяць {referenceMonth} не припадає.',
    'benefits.income.forPeriod':
      '{member}: {kind} ({net}) належить за період {from}–{to} ({months} міс.); на місяць {referenceMonth} припадає {part}.',
    'benefits.income.forPeriodOutside':
      '{member}: {kind} ({net}) належить за період {from}–{to}; на місяць {referenceMonth} не припадає.',
    'benefits.income.updateMonth': 'Оновлення обстеження ({date}): дохід за попередній місяць: {month}.',
    'benefits.income.smallChange':
      'Дохід змінився з {before} на {after}, на {change}, не більше 10% критерію ({limit}): розмір допомоги за рішенням {decision} не змінюється; враховується дохід {before}.',
    'benefits.income.largeChange':
      'Дохід змінився з {before} на {after}, на {change}, більше 10% критерію ({limit}): допомога визначається заново.',
  },
  en: {
    'benefits.step.belowCriterion': 'Income of {income} is lower than the income criterion of {criterion}.',
    'benefits.step.notBelowCriterion':
      'Income of {income} is not lower than the income criterion of {criterion} (equal or higher).',
    'benefits.income.oneOffSpread':
      '{member}: {kind} ({net}) paid at once in {month} exceeds five times the criterion ({threshold}); 1/12 counts in the months {from}–{to}: {part}.',
    'benefits.income.oneOffOutside':
      '{member}: {kind} ({net}) paid at once in {month} is spread over the months {from}–{to}; none falls in {referenceMonth}.',
    'benefits.income.forPeriod':
      '{member}: {kind} ({net}) due for the period {from}–{to} ({months} months); {part} falls in {referenceMonth}.',
    'benefits.income.forPeriodOutside':
      '{member}: {kind} ({net}) due for the period {from}–{to}; none falls in {referenceMonth}.',
    'benefits.income.updateMonth': 'Home visit update ({date}): income of the month before: {month}.',
    'benefits.income.smallChange':
      'Income changed from {before} to {after}, by {change}, no more than 10% of the criterion ({limit}): the benefit granted by decision {decision} stays as it is; the income of {before} counts.',
    'benefits.income.largeChange':
      'Income changed from {before} to {after}, by {change}, more than 10% of the criterion ({limit}): the benefit is set anew.',
  },
});
