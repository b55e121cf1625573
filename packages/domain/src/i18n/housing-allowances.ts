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
    'housing.step.wageNotice':
      'Przeciętne miesięczne wynagrodzenie {wage} z komunikatu Prezesa GUS za {q} kw. {year}, obowiązującego od {from}.',
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
    'validation.housing.noParameters':
      'Brak komunikatu Prezesa GUS o przeciętnym wynagrodzeniu w mocy w dniu {date} — administrator wprowadza go w ustawieniach.',
    'validation.wageNotice.quarter': 'Kwartał to liczba od 1 do 4.',
    'validation.wageNotice.amountPositive': 'Kwota musi być większa od zera.',
    'validation.wageNotice.beforeQuarterEnd':
      'Komunikat o kwartale obowiązuje najwcześniej od {from}, po końcu kwartału.',
    'validation.wageNotice.quarterLive':
      'Za ten kwartał jest już komunikat — wprowadź korektę, wskazując komunikat, który poprawiasz.',
    'validation.wageNotice.unknown': 'Nie ma takiego komunikatu.',
    'validation.wageNotice.notLive': 'Ten komunikat został już skorygowany — poprawiaj najnowszy.',
    'validation.wageNotice.otherQuarter': 'Korekta dotyczy tego samego kwartału co poprawiany komunikat.',
    'error.wageNotice.quarterLive': 'Za ten kwartał jest już obowiązujący komunikat.',
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
    'housing.step.wageNotice':
      'Середня місячна заробітна плата {wage} з повідомлення Голови GUS за {q} кв. {year}, чинного з {from}.',
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
    'validation.housing.noParameters':
      'Немає повідомлення Голови GUS про середню заробітну плату, чинного на {date}, — адміністратор вносить його в налаштуваннях.',
    'validation.wageNotice.quarter': 'Квартал — це число від 1 до 4.',
    'validation.wageNotice.amountPositive': 'Сума має бути більшою за нуль.',
    'validation.wageNotice.beforeQuarterEnd':
      'Повідомлення про квартал діє не раніше ніж з {from}, після закінчення кварталу.',
    'validation.wageNotice.quarterLive':
      'За цей квартал уже є повідомлення — внесіть виправлення, вказавши повідомлення, яке ви виправляєте.',
    'validation.wageNotice.unknown': 'Такого повідомлення немає.',
    'validation.wageNotice.notLive': 'Це повідомлення вже виправлено — виправляйте найновіше.',
    'validation.wageNotice.otherQuarter':
      'Виправлення стосується того самого кварталу, що й виправлене повідомлення.',
    'error.wageNotice.quarterLive': 'За цей квартал уже є чинне повідомлення.',
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
    'housing.step.wageNotice':
      'Average monthly wage {wage} from the notice of the President of GUS for quarter {q} of {year}, in force from {from}.',
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
    'validation.housing.noParameters':
      'No notice of the President of GUS on the average wage is in force on {date} — the administrator enters it in the settings.',
    'validation.wageNotice.quarter': 'The quarter is a number from 1 to 4.',
    'validation.wageNotice.amountPositive': 'The amount must be greater than zero.',
    'validation.wageNotice.beforeQuarterEnd':
      'A notice about the quarter applies from {from} at the earliest, after the quarter ends.',
    'validation.wageNotice.quarterLive':
      'There is already a notice for this quarter — enter a correction naming the notice you correct.',
    'validation.wageNotice.unknown': 'There is no such notice.',
    'validation.wageNotice.notLive': 'This notice has already been corrected — correct the newest one.',
    'validation.wageNotice.otherQuarter': 'A correction is about the same quarter as the notice it corrects.',
    'error.wageNotice.quarterLive': 'There is already a notice in force for this quarter.',
    'error.housing.decided': 'A decision has already been issued in this case.',
    'error.housing.notEligible': 'No housing allowance is due — issue a refusal.',
  },
});
