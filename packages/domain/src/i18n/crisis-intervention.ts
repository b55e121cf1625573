import { messages } from './types.ts';

// Crisis intervention cases (art. 47 ups): the server's messages.
export const crisisIntervention = messages({
  pl: {
    'validation.crisis.minutes': 'Podaj czas kontaktu od 1 do 720 minut.',
    'validation.crisis.future': 'Ta data nie może być późniejsza niż dzisiaj.',
    'validation.crisis.beforeOpened': 'Ta data nie może poprzedzać otwarcia sprawy ({openedOn}).',
    'validation.crisis.noHousehold': 'Ta osoba nie należy obecnie do żadnego gospodarstwa domowego.',
    'validation.crisis.unknownLead': 'Wybierz pracownika, który może prowadzić interwencję kryzysową.',
    'validation.crisis.unknownPlace': 'Nie ma takiego punktu interwencji kryzysowej.',
    'validation.crisis.placeFull': 'W tym punkcie nie ma wolnego miejsca w podanym okresie.',
    'validation.crisis.stayTooLong':
      'Schronienie w ramach interwencji kryzysowej trwa najwyżej {months} mies. od pierwszego dnia pobytu — najpóźniej do {last}.',
    'validation.crisis.stayOverlaps': 'W tym okresie osoba ma już pobyt w ramach tej sprawy.',
    'error.crisis.closed': 'Sprawa jest zamknięta — nie można jej już uzupełniać.',
  },
  uk: {
    'validation.crisis.minutes': 'Вкажіть тривалість контакту від 1 до 720 хвилин.',
    'validation.crisis.future': 'Ця дата не може бути пізнішою за сьогодні.',
    'validation.crisis.beforeOpened': 'Ця дата не може передувати відкриттю справи ({openedOn}).',
    'validation.crisis.noHousehold': 'Ця особа зараз не належить до жодного домогосподарства.',
    'validation.crisis.unknownLead': 'Виберіть працівника, який може вести кризове втручання.',
    'validation.crisis.unknownPlace': 'Такого пункту кризового втручання немає.',
    'validation.crisis.placeFull': 'У цьому пункті немає вільного місця у вказаний період.',
    'validation.crisis.stayTooLong':
      'Притулок у межах кризового втручання триває щонайбільше {months} міс. від першого дня перебування — не пізніше ніж до {last}.',
    'validation.crisis.stayOverlaps': 'У цей період особа вже має перебування в межах цієї справи.',
    'error.crisis.closed': 'Справу закрито — її вже не можна доповнювати.',
  },
  en: {
    'validation.crisis.minutes': 'Enter the contact’s length from 1 to 720 minutes.',
    'validation.crisis.future': 'This date cannot be later than today.',
    'validation.crisis.beforeOpened': 'This date cannot be before the case was opened ({openedOn}).',
    'validation.crisis.noHousehold': 'This person does not belong to any household now.',
    'validation.crisis.unknownLead': 'Choose a staff member who may lead crisis intervention.',
    'validation.crisis.unknownPlace': 'There is no such crisis intervention point.',
    'validation.crisis.placeFull': 'This point has no free place in the period given.',
    'validation.crisis.stayTooLong':
      'Shelter within crisis intervention lasts at most {months} months from the first day of the stay — until {last} at the latest.',
    'validation.crisis.stayOverlaps': 'The person already has a stay within this case in this period.',
    'error.crisis.closed': 'The case is closed and can no longer be added to.',
  },
});
