import { messages } from './types.ts';

// The portal's self-checks of meals, food aid and the housing allowance: what a field typed wrong says.
export const selfChecks = messages({
  pl: {
    'validation.selfCheck.persons': 'Podaj liczbę osób w gospodarstwie domowym: od 1 do 20.',
    'validation.selfCheck.income':
      'Podaj miesięczny dochód netto w złotych, np. 2500 albo 2500,50 (0, jeśli brak).',
    'validation.selfCheck.area': 'Podaj powierzchnię użytkową mieszkania w m², np. 48,5.',
    'validation.selfCheck.expenses': 'Podaj miesięczne wydatki na mieszkanie w złotych, np. 850.',
    'validation.selfCheck.choose': 'Wybierz jedną z odpowiedzi.',
    'validation.selfCheck.noParameters': 'Brak parametrów obowiązujących w tym dniu — zapytaj w ośrodku.',
  },
  uk: {
    'validation.selfCheck.persons': 'Вкажіть кількість осіб у домогосподарстві: від 1 до 20.',
    'validation.selfCheck.income':
      'Вкажіть місячний чистий дохід у злотих, напр. 2500 або 2500,50 (0, якщо доходу немає).',
    'validation.selfCheck.area': 'Вкажіть корисну площу житла в м², напр. 48,5.',
    'validation.selfCheck.expenses': 'Вкажіть щомісячні витрати на житло в злотих, напр. 850.',
    'validation.selfCheck.choose': 'Виберіть одну з відповідей.',
    'validation.selfCheck.noParameters': 'Немає параметрів, чинних на цей день, — запитайте в центрі.',
  },
  en: {
    'validation.selfCheck.persons': 'Enter the number of people in the household: 1 to 20.',
    'validation.selfCheck.income': 'Enter the monthly net income in złoty, e.g. 2500 or 2500.50 (0 if none).',
    'validation.selfCheck.area': 'Enter the usable floor area of the flat in m², e.g. 48.5.',
    'validation.selfCheck.expenses': 'Enter the monthly housing expenses in złoty, e.g. 850.',
    'validation.selfCheck.choose': 'Choose one of the answers.',
    'validation.selfCheck.noParameters': 'No parameters are in force for this day — ask at the centre.',
  },
});
