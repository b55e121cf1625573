import { messages } from './types.ts';

// The dodatek mieszkaniowy and the dodatek energetyczny: calculation steps, decisions and errors.
export const housingAllowances = messages({
  pl: {
    'reporting.indicator.housingAllowances.households': 'Gospodarstwa domowe z dodatkiem mieszkaniowym',
    'reporting.indicator.housingAllowances.amount': 'Kwota przyznanych dodatków mieszkaniowych',
    'reporting.indicator.housingAllowances.energyHouseholds': 'Gospodarstwa domowe z dodatkiem energetycznym',
    'reporting.indicator.housingAllowances.energyAmount': 'Kwota przyznanych dodatków energetycznych',
    'benefit.dodatekMieszkaniowy': 'dodatek mieszkaniowy',
    'benefit.dodatekEnergetyczny': 'dodatek energetyczny',
    'housing.step.income':
      'Średni miesięczny dochód gospodarstwa z 3 miesięcy przed wnioskiem: {income}; na osobę ({persons} os.): {perPerson}. Granica: {pct}% przeciętnego wynagrodzenia {wage} = {limit}.',
    'housing.step.overIncome': 'Dochód na osobę przekracza granicę — dodatek mieszkaniowy nie przysługuje.',
    'housing.step.area':
      'Powierzchnia użytkowa {area} m²; powierzchnia normatywna {normative} m², z dopuszczalnym przekroczeniem najwyżej {max} m².',
    'housing.step.overArea':
      'Powierzchnia lokalu przekracza powierzchnię normatywną o więcej niż dopuszczalne — dodatek nie przysługuje.',
    'housing.step.amount':
      'Wydatki {expenses} miesięcznie, na powierzchnię normatywną {onNormative}; udział własny gospodarstwa {own}; dodatek (najwyżej {max}% wydatków): {amount}.',
    'housing.step.underFloor':
      'Dodatek byłby niższy niż {floor} (0,5% przeciętnego wynagrodzenia) — nie przysługuje.',
    'housing.step.energy':
      'Umowa na dostawę energii elektrycznej do lokalu: dodatek energetyczny {amount} miesięcznie.',
    'validation.housing.areaPositive': 'Powierzchnia lokalu musi być większa od zera.',
    'validation.housing.expensesPositive': 'Wydatki na lokal muszą być większe od zera.',
    'validation.housing.duplicateMember': 'Ta osoba jest już w gospodarstwie.',
    'validation.housing.noParameters': 'Brak przeciętnego wynagrodzenia na ten dzień.',
    'error.housing.decided': 'W tej sprawie wydano już decyzję.',
    'error.housing.notEligible': 'Dodatek mieszkaniowy nie przysługuje — wydaj decyzję odmowną.',
  },
  uk: {
    'reporting.indicator.housingAllowances.households': 'Домогосподарства з житловою допомогою',
    'reporting.indicator.housingAllowances.amount': 'Сума призначених житлових допомог',
    'reporting.indicator.housingAllowances.energyHouseholds': 'Домогосподарства з енергетичною допомогою',
    'reporting.indicator.housingAllowances.energyAmount': 'Сума призначених енергетичних допомог',
    'benefit.dodatekMieszkaniowy': 'житлова допомога (dodatek mieszkaniowy)',
    'benefit.dodatekEnergetyczny': 'енергетична допомога (dodatek energetyczny)',
    'housing.step.income':
      'Середній місячний дохід домогосподарства за 3 місяці до заяви: {income}; на особу ({persons} ос.): {perPerson}. Межа: {pct}% середньої заробітної плати {wage} = {limit}.',
    'housing.step.overIncome': 'Дохід на особу перевищує межу — житлова допомога не належить.',
    'housing.step.area':
      'Корисна площа {area} м²; нормативна площа {normative} м², з допустимим перевищенням не більше {max} м².',
    'housing.step.overArea': 'Площа житла перевищує нормативну більше ніж допустимо — допомога не належить.',
    'housing.step.amount':
      'Витрати {expenses} на місяць, на нормативну площу {onNormative}; власна частка домогосподарства {own}; допомога (не більше {max}% витрат): {amount}.',
    'housing.step.underFloor':
      'Допомога була б меншою за {floor} (0,5% середньої заробітної плати) — не належить.',
    'housing.step.energy':
      'Договір на постачання електроенергії до житла: енергетична допомога {amount} на місяць.',
    'validation.housing.areaPositive': 'Площа житла має бути більшою за нуль.',
    'validation.housing.expensesPositive': 'Витрати на житло мають бути більшими за нуль.',
    'validation.housing.duplicateMember': 'Ця особа вже є в домогосподарстві.',
    'validation.housing.noParameters': 'Немає середньої заробітної плати на цей день.',
    'error.housing.decided': 'У цій справі вже видано рішення.',
    'error.housing.notEligible': 'Житлова допомога не належить — видайте рішення про відмову.',
  },
  en: {
    'reporting.indicator.housingAllowances.households': 'Households granted a housing allowance',
    'reporting.indicator.housingAllowances.amount': 'Housing allowances granted (amount)',
    'reporting.indicator.housingAllowances.energyHouseholds': 'Households granted an energy allowance',
    'reporting.indicator.housingAllowances.energyAmount': 'Energy allowances granted (amount)',
    'benefit.dodatekMieszkaniowy': 'housing allowance (dodatek mieszkaniowy)',
    'benefit.dodatekEnergetyczny': 'energy allowance (dodatek energetyczny)',
    'housing.step.income':
      "The household's average monthly income over the 3 months before the application: {income}; per person ({persons}): {perPerson}. Limit: {pct}% of the average wage {wage} = {limit}.",
    'housing.step.overIncome': 'The income per person is over the limit — no housing allowance.',
    'housing.step.area':
      'Floor area {area} m²; normative area {normative} m², at most {max} m² with the tolerance.',
    'housing.step.overArea': 'The flat exceeds the normative area by more than the tolerance — no allowance.',
    'housing.step.amount':
      "Expenses {expenses} a month, on the normative area {onNormative}; the household's own share {own}; the allowance (at most {max}% of the expenses): {amount}.",
    'housing.step.underFloor': 'The allowance would be under {floor} (0.5% of the average wage) — not paid.',
    'housing.step.energy': 'An electricity contract for the flat: energy allowance {amount} a month.',
    'validation.housing.areaPositive': 'The floor area must be greater than zero.',
    'validation.housing.expensesPositive': "The flat's expenses must be greater than zero.",
    'validation.housing.duplicateMember': 'This person is already in the household.',
    'validation.housing.noParameters': 'No average wage is held for this day.',
    'error.housing.decided': 'A decision has already been issued in this case.',
    'error.housing.notEligible': 'No housing allowance is due — issue a refusal.',
  },
});
