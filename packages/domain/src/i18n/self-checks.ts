import { messages } from './types.ts';

// The portal's self-checks of meals, food aid, the housing allowance and the care-services fee:
// what a field typed wrong says, and the care fee's own steps.
export const selfChecks = messages({
  pl: {
    'validation.selfCheck.persons': 'Podaj liczbę osób w gospodarstwie domowym: od 1 do 20.',
    'validation.selfCheck.income':
      'Podaj miesięczny dochód netto w złotych, np. 2500 albo 2500,50 (0, jeśli brak).',
    'validation.selfCheck.area': 'Podaj powierzchnię użytkową mieszkania w m², np. 48,5.',
    'validation.selfCheck.expenses': 'Podaj miesięczne wydatki na mieszkanie w złotych, np. 850.',
    'validation.selfCheck.choose': 'Wybierz jedną z odpowiedzi.',
    'validation.selfCheck.noParameters': 'Brak parametrów obowiązujących w tym dniu — zapytaj w ośrodku.',
    'validation.selfCheck.hours':
      'Podaj liczbę godzin w miesiącu, np. 40 albo 40,5 (co kwadrans), albo zostaw puste.',
    'selfCheck.step.careHours': 'Za {hours} godz. w miesiącu: {hours} × {fee} = {total} (szacunkowo).',
    'selfCheck.step.careExemption':
      'O częściowym lub całkowitym zwolnieniu z odpłatności (np. długotrwała choroba, opłata za innego członka rodziny w placówce) decyduje ośrodek na wniosek.',
  },
  uk: {
    'validation.selfCheck.persons': 'Вкажіть кількість осіб у домогосподарстві: від 1 до 20.',
    'validation.selfCheck.income':
      'Вкажіть місячний чистий дохід у злотих, напр. 2500 або 2500,50 (0, якщо доходу немає).',
    'validation.selfCheck.area': 'Вкажіть корисну площу житла в м², напр. 48,5.',
    'validation.selfCheck.expenses': 'Вкажіть щомісячні витрати на житло в злотих, напр. 850.',
    'validation.selfCheck.choose': 'Виберіть одну з відповідей.',
    'validation.selfCheck.noParameters': 'Немає параметрів, чинних на цей день, — запитайте в центрі.',
    'validation.selfCheck.hours':
      'Вкажіть кількість годин на місяць, напр. 40 або 40,5 (по чверті години), або залиште порожнім.',
    'selfCheck.step.careHours': 'За {hours} год на місяць: {hours} × {fee} = {total} (орієнтовно).',
    'selfCheck.step.careExemption':
      'Про часткове або повне звільнення від оплати (напр. тривала хвороба, оплата за іншого члена сімʼї в закладі) вирішує центр за заявою.',
  },
  en: {
    'validation.selfCheck.persons': 'Enter the number of people in the household: 1 to 20.',
    'validation.selfCheck.income': 'Enter the monthly net income in złoty, e.g. 2500 or 2500.50 (0 if none).',
    'validation.selfCheck.area': 'Enter the usable floor area of the flat in m², e.g. 48.5.',
    'validation.selfCheck.expenses': 'Enter the monthly housing expenses in złoty, e.g. 850.',
    'validation.selfCheck.choose': 'Choose one of the answers.',
    'validation.selfCheck.noParameters': 'No parameters are in force for this day — ask at the centre.',
    'validation.selfCheck.hours':
      'Enter the hours a month, e.g. 40 or 40.5 (in quarter hours), or leave it empty.',
    'selfCheck.step.careHours': 'For {hours} hours a month: {hours} × {fee} = {total} (an estimate).',
    'selfCheck.step.careExemption':
      'A partial or full exemption from the fee (e.g. a long illness, paying for another family member in a care home) is decided by the centre on request.',
  },
});
