import { messages } from './types.ts';

// Family support (uwr): foster care co-financing, the family assistant, caseload — server messages.
export const familySupport = messages({
  pl: {
    'reporting.indicator.familySupport.familiesWithAssistant': 'rodziny objęte pracą asystenta rodziny',
    'reporting.indicator.fosterCare.children': 'dzieci z gminy w pieczy zastępczej',
    'reporting.indicator.fosterCare.gminaShare':
      'wydatki gminy na pieczę zastępczą (udział wg art. 191 ust. 9 uwr)',
    'error.fosterCare.placed': 'To dziecko ma już otwarte umieszczenie w pieczy zastępczej.',
    'error.fosterCare.duplicateNote': 'Nota za ten miesiąc została już wprowadzona.',
    'error.fosterCare.csvRow':
      'Plik nie został zaimportowany: błąd w wierszu {line}. Popraw plik i wczytaj go ponownie.',
    'validation.fosterCare.amount': 'Podaj kwotę w złotych, np. 4123,45.',
    'validation.fosterCare.csvColumns':
      'Wiersz musi mieć 5 kolumn: PESEL; miesiąc; numer noty; koszt; obciążenie gminy.',
    'validation.fosterCare.csvEmpty': 'Plik nie zawiera żadnej noty.',
    'validation.fosterCare.unknownPerson': 'Nie ma takiej osoby w rejestrze.',
    'validation.fosterCare.unknownChild':
      'Nie ma w ewidencji dziecka w pieczy zastępczej o tym numerze PESEL.',
    'validation.fosterCare.outsideCare': 'W tym miesiącu dziecko nie przebywało w pieczy zastępczej.',
    'validation.fosterCare.duplicateMonth': 'Nota za ten miesiąc już istnieje.',
    'error.familySupport.status':
      'Tej czynności nie można wykonać, gdy praca z rodziną ma status „{status}”. Odśwież stronę.',
    'error.familySupport.open': 'Ta rodzina ma już otwarte skierowanie do asystenta rodziny.',
    'error.familySupport.assistantFull':
      'Asystent rodziny pracuje już z {max} rodzinami — to ustawowy limit (art. 15 ust. 4 ustawy o wspieraniu rodziny). Wybierz innego asystenta.',
    'validation.familySupport.unknownHousehold': 'Nie ma takiego gospodarstwa domowego.',
    'validation.familySupport.notAssistant': 'Ta osoba nie jest czynnym asystentem rodziny.',
    'validation.familySupport.assistantFull': 'Ten asystent ma już {max} rodzin.',
    'validation.familySupport.monitoringOnly':
      'Po zakończeniu pracy można odnotować tylko wizytę monitorującą w okresie monitoringu.',
    'validation.familySupport.endBeforeStart':
      'Data zakończenia jest wcześniejsza niż przydzielenie asystenta.',
    'validation.familySupport.monitoringBeforeEnd':
      'Monitoring nie może kończyć się przed zakończeniem pracy.',
  },
  uk: {
    'reporting.indicator.familySupport.familiesWithAssistant': 'сім’ї, з якими працює асистент сім’ї',
    'reporting.indicator.fosterCare.children': 'діти ґміни в замінній опіці',
    'reporting.indicator.fosterCare.gminaShare': 'видатки ґміни на замінну опіку (частка за ст. 191 п. 9)',
    'error.fosterCare.placed': 'Ця дитина вже має відкрите влаштування в замінну опіку.',
    'error.fosterCare.duplicateNote': 'Ноту за цей місяць уже внесено.',
    'error.fosterCare.csvRow':
      'Файл не імпортовано: помилка в рядку {line}. Виправте файл і завантажте його знову.',
    'validation.fosterCare.amount': 'Вкажіть суму в злотих, напр. 4123,45.',
    'validation.fosterCare.csvColumns':
      'Рядок має містити 5 колонок: PESEL; місяць; номер ноти; вартість; сума для гміни.',
    'validation.fosterCare.csvEmpty': 'Файл не містить жодної ноти.',
    'validation.fosterCare.unknownPerson': 'Такої особи немає в реєстрі.',
    'validation.fosterCare.unknownChild': 'Немає дитини в замінній опіці з цим номером PESEL.',
    'validation.fosterCare.outsideCare': 'У цьому місяці дитина не перебувала в замінній опіці.',
    'validation.fosterCare.duplicateMonth': 'Нота за цей місяць уже існує.',
    'error.familySupport.status':
      'Цю дію не можна виконати, коли робота з родиною має статус «{status}». Оновіть сторінку.',
    'error.familySupport.open': 'Ця родина вже має відкрите направлення до асистента родини.',
    'error.familySupport.assistantFull':
      'Асистент родини вже працює з {max} родинами — це законний ліміт (ст. 15 п. 4 закону про підтримку родини). Оберіть іншого асистента.',
    'validation.familySupport.unknownHousehold': 'Такого домогосподарства немає.',
    'validation.familySupport.notAssistant': 'Ця особа не є активним асистентом родини.',
    'validation.familySupport.assistantFull': 'Цей асистент уже має {max} родин.',
    'validation.familySupport.monitoringOnly':
      'Після завершення роботи можна внести лише моніторинговий візит у період моніторингу.',
    'validation.familySupport.endBeforeStart': 'Дата завершення раніша за призначення асистента.',
    'validation.familySupport.monitoringBeforeEnd':
      'Моніторинг не може закінчитися раніше за завершення роботи.',
  },
  en: {
    'reporting.indicator.familySupport.familiesWithAssistant': 'families working with a family assistant',
    'reporting.indicator.fosterCare.children': 'children of the gmina in foster care',
    'reporting.indicator.fosterCare.gminaShare': 'the gmina’s share of foster care costs (art. 191(9))',
    'error.fosterCare.placed': 'This child already has an open placement in foster care.',
    'error.fosterCare.duplicateNote': 'The note for this month has already been entered.',
    'error.fosterCare.csvRow':
      'The file was not imported: an error in line {line}. Correct the file and load it again.',
    'validation.fosterCare.amount': 'Enter an amount in złoty, e.g. 4123,45.',
    'validation.fosterCare.csvColumns':
      'A line must have 5 columns: PESEL; month; note number; cost; gmina share charged.',
    'validation.fosterCare.csvEmpty': 'The file holds no note.',
    'validation.fosterCare.unknownPerson': 'There is no such person in the registry.',
    'validation.fosterCare.unknownChild': 'No child in foster care has this PESEL.',
    'validation.fosterCare.outsideCare': 'The child was not in foster care in this month.',
    'validation.fosterCare.duplicateMonth': 'A note for this month already exists.',
    'error.familySupport.status':
      'This cannot be done while the work with the family is "{status}". Reload the page.',
    'error.familySupport.open': 'This family already has an open referral for a family assistant.',
    'error.familySupport.assistantFull':
      'The family assistant already works with {max} families — the statutory limit (art. 15(4) of the Family Support Act). Choose another assistant.',
    'validation.familySupport.unknownHousehold': 'There is no such household.',
    'validation.familySupport.notAssistant': 'This person is not an active family assistant.',
    'validation.familySupport.assistantFull': 'This assistant already has {max} families.',
    'validation.familySupport.monitoringOnly':
      'After the end only a monitoring visit within the monitoring period can be recorded.',
    'validation.familySupport.endBeforeStart': 'The end date is before the assistant was assigned.',
    'validation.familySupport.monitoringBeforeEnd': 'Monitoring cannot end before the work does.',
  },
});
