import { messages } from './types.ts';

// Support centres and clubs: the day fee's steps and the server's messages.
export const centres = messages({
  pl: {
    'centres.step.table': 'Odpłatność według: {number}, obowiązującej od {validFrom}.',
    'centres.step.cost': 'Koszt jednego dnia pobytu: {cost}.',
    'centres.step.ratioSingle':
      'Dochód osoby samotnie gospodarującej {income} wobec kryterium {criterion}: {ratio}% kryterium.',
    'centres.step.ratioFamily':
      'Dochód rodziny {income} na {size} osób wobec kryterium {criterion} na osobę: {ratio}% kryterium.',
    'centres.step.band':
      'Dochód powyżej {over}% do {upTo}% kryterium: odpłatność {pct}% kosztu, tj. {fee} za dzień pobytu.',
    'centres.step.free': 'Dochód nie przekracza kryterium dochodowego: pobyt nieodpłatny.',
    'centres.step.freeBand': 'Dochód nie mieści się w żadnym progu odpłatności uchwały: pobyt nieodpłatny.',
    'error.centres.alreadyEnrolled': 'Ta osoba jest już zapisana do tej placówki albo czeka na miejsce.',
    'error.centres.notWaiting': 'Ta osoba nie ma zaproponowanego miejsca.',
    'error.centres.ended': 'Uczestnictwo zostało już zakończone.',
    'error.centres.notEnrolled': 'Ta osoba nie jest zapisana do placówki w tym dniu.',
    'error.centres.noConsent': 'Obecność można odnotować dopiero po podpisaniu zgody na uczestnictwo.',
    'validation.centres.capacity': 'Podaj co najmniej jedno miejsce.',
    'validation.centres.hoursRequired': 'Podaj godziny otwarcia co najmniej jednego dnia.',
    'validation.centres.guardianRequired':
      'Podaj imię i nazwisko rodzica lub opiekuna, który podpisuje zgodę.',
    'validation.centres.referrerRequired': 'Podaj, kto skierował (imię i nazwisko, instytucja).',
    'validation.centres.duplicate': 'Ta pozycja się powtarza.',
    'validation.centres.nameTaken': 'Placówka o tej nazwie już istnieje.',
    'validation.centres.unknownPerson': 'Nie ma takiej osoby w rejestrze.',
    'validation.centres.feeRequired':
      'Ta placówka jest odpłatna: podaj dochód rodziny i liczbę osób z ostatniego wywiadu.',
    'validation.centres.noTable':
      'W tym dniu nie obowiązuje uchwała o odpłatności za pobyt w ośrodkach wsparcia.',
    'validation.centres.closed': 'Placówka nie jest czynna w tym dniu.',
    'validation.centres.future': 'Nie można odnotować obecności w przyszłości.',
    'validation.centres.beforeStart': 'Data nie może poprzedzać dnia zapisu.',
    'validation.centres.notParticipant': 'Ta osoba nie jest zapisana do tej placówki.',
  },
  uk: {
    'centres.step.table': 'Оплата згідно з: {number}, чинною з {validFrom}.',
    'centres.step.cost': 'Вартість одного дня перебування: {cost}.',
    'centres.step.ratioSingle':
      'Дохід особи, яка веде господарство самостійно, {income} щодо критерію {criterion}: {ratio}% критерію.',
    'centres.step.ratioFamily':
      'Дохід сім’ї {income} на {size} осіб щодо критерію {criterion} на особу: {ratio}% критерію.',
    'centres.step.band':
      'Дохід понад {over}% до {upTo}% критерію: оплата {pct}% вартості, тобто {fee} за день перебування.',
    'centres.step.free': 'Дохід не перевищує критерію доходу: перебування безоплатне.',
    'centres.step.freeBand': 'Дохід не належить до жодного порогу оплати ухвали: перебування безоплатне.',
    'error.centres.alreadyEnrolled': 'Ця особа вже записана до цього закладу або чекає на місце.',
    'error.centres.notWaiting': 'Цій особі не запропоновано місця.',
    'error.centres.ended': 'Участь уже завершено.',
    'error.centres.notEnrolled': 'Ця особа не записана до закладу в цей день.',
    'error.centres.noConsent': 'Присутність можна відзначити лише після підписання згоди на участь.',
    'validation.centres.capacity': 'Вкажіть принаймні одне місце.',
    'validation.centres.hoursRequired': 'Вкажіть години роботи принаймні одного дня.',
    'validation.centres.guardianRequired': 'Вкажіть ім’я та прізвище батька чи опікуна, який підписує згоду.',
    'validation.centres.referrerRequired': 'Вкажіть, хто направив (ім’я та прізвище, установа).',
    'validation.centres.duplicate': 'Ця позиція повторюється.',
    'validation.centres.nameTaken': 'Заклад із такою назвою вже існує.',
    'validation.centres.unknownPerson': 'У реєстрі немає такої особи.',
    'validation.centres.feeRequired':
      'Цей заклад платний: вкажіть дохід сім’ї та кількість осіб з останнього інтерв’ю.',
    'validation.centres.noTable': 'Цього дня не діє ухвала про оплату перебування в центрах підтримки.',
    'validation.centres.closed': 'Цього дня заклад не працює.',
    'validation.centres.future': 'Не можна відзначити присутність у майбутньому.',
    'validation.centres.beforeStart': 'Дата не може передувати дню запису.',
    'validation.centres.notParticipant': 'Ця особа не записана до цього закладу.',
  },
  en: {
    'centres.step.table': 'Fee under: {number}, in force from {validFrom}.',
    'centres.step.cost': 'Cost of one day’s stay: {cost}.',
    'centres.step.ratioSingle':
      'Income of a person living alone {income} against the criterion {criterion}: {ratio}% of the criterion.',
    'centres.step.ratioFamily':
      'Family income {income} for {size} persons against the criterion {criterion} per person: {ratio}% of the criterion.',
    'centres.step.band':
      'Income above {over}% up to {upTo}% of the criterion: a fee of {pct}% of the cost, i.e. {fee} per day.',
    'centres.step.free': 'Income does not exceed the income criterion: the stay is free.',
    'centres.step.freeBand': 'Income falls in none of the resolution’s fee bands: the stay is free.',
    'error.centres.alreadyEnrolled': 'This person is already enrolled at this place or waiting for one.',
    'error.centres.notWaiting': 'This person has not been offered a place.',
    'error.centres.ended': 'The participation has already ended.',
    'error.centres.notEnrolled': 'This person is not enrolled at the place on that day.',
    'error.centres.noConsent': 'Attendance can be recorded only after the consent to take part is signed.',
    'validation.centres.capacity': 'Enter at least one place.',
    'validation.centres.hoursRequired': 'Enter the opening hours of at least one day.',
    'validation.centres.guardianRequired': 'Enter the name of the parent or guardian who signs the consent.',
    'validation.centres.referrerRequired': 'Enter who referred (name, institution).',
    'validation.centres.duplicate': 'This item is repeated.',
    'validation.centres.nameTaken': 'A place with this name already exists.',
    'validation.centres.unknownPerson': 'There is no such person in the registry.',
    'validation.centres.feeRequired':
      'This place charges a fee: enter the household income and size from the latest home visit.',
    'validation.centres.noTable': 'No resolution on fees in support centres is in force on that day.',
    'validation.centres.closed': 'The place is not open on that day.',
    'validation.centres.future': 'Attendance cannot be recorded in the future.',
    'validation.centres.beforeStart': 'The date cannot be before the day of enrolment.',
    'validation.centres.notParticipant': 'This person is not enrolled at this place.',
  },
});
