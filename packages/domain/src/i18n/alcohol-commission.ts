import { messages } from './types.ts';

// The alcohol commission (MKRPA): server errors and validation.
export const alcoholCommission = messages({
  pl: {
    'validation.alcohol.outsideGroup': 'Zajęcia muszą się odbyć w okresie działania grupy.',
    'validation.alcohol.moreThanEnrolled': 'Obecnych nie może być więcej niż uczestników grupy.',
    'validation.alcohol.nip': 'NIP to dziesięć cyfr bez kresek.',
    'validation.alcohol.opinionBeforeApplication':
      'Opinia nie może być wcześniejsza niż wniosek o zezwolenie.',
    'validation.alcohol.recommendations': 'Po stwierdzeniu nieprawidłowości wpisz zalecenia pokontrolne.',
    'validation.alcohol.negativeReason': 'Opinia negatywna wymaga uzasadnienia.',
    'validation.alcohol.overLimit':
      'Limit zezwoleń ustalony przez radę jest wyczerpany: opinia nie może być pozytywna.',
    'validation.alcohol.tooCloseNoReason':
      'Punkt leży bliżej obiektu chronionego, niż dopuszcza uchwała rady: pozytywna opinia wymaga uzasadnienia.',
    'validation.alcohol.rulesExist': 'Uchwała obowiązująca od tego dnia jest już zapisana.',
    'validation.alcohol.termEndsBeforeStart': 'Kadencja nie może kończyć się przed jej początkiem.',
    'validation.alcohol.personOrNew': 'Wskaż osobę z rejestru albo wpisz dane nowej osoby (jedno z dwojga).',
    'validation.alcohol.notInTerm': 'Ten członek nie był w tym dniu w składzie Komisji (poza kadencją).',
    'validation.alcohol.noQuorum':
      'Bez kworum (co najmniej połowy członków Komisji) posiedzenie nie może podejmować uchwał.',
    'validation.alcohol.beforeReport': 'Data nie może być wcześniejsza niż data zgłoszenia.',
    'validation.alcohol.beforeReferral':
      'Data nie może być wcześniejsza niż data skierowania na badanie przez biegłych.',
    'validation.alcohol.beforePetition': 'Postanowienie sądu nie może być wcześniejsze niż wniosek Komisji.',
    'validation.alcohol.appointmentBeforeLetter': 'Termin nie może być wcześniejszy niż data pisma.',
    'validation.alcohol.future': 'Data zgłoszenia nie może być późniejsza niż dzisiaj.',
    'validation.alcohol.notPdf': 'Załącz opinię jako plik PDF.',
    'error.alcohol.eventNotAllowed':
      'Tego kroku nie można teraz zapisać (np. opinia przed skierowaniem do biegłych, sprawa zamknięta).',
  },
  uk: {
    'validation.alcohol.outsideGroup': 'Заняття мають відбутися в період роботи групи.',
    'validation.alcohol.moreThanEnrolled': 'Присутніх не може бути більше, ніж учасників групи.',
    'validation.alcohol.nip': 'NIP — це десять цифр без дефісів.',
    'validation.alcohol.opinionBeforeApplication': 'Висновок не може бути ранішим за заяву на дозвіл.',
    'validation.alcohol.recommendations':
      'Після виявлення порушень впишіть рекомендації за результатами перевірки.',
    'validation.alcohol.negativeReason': 'Негативний висновок потребує обґрунтування.',
    'validation.alcohol.overLimit':
      'Ліміт дозволів, встановлений радою, вичерпано: висновок не може бути позитивним.',
    'validation.alcohol.tooCloseNoReason':
      'Точка розташована ближче до охоронюваного об’єкта, ніж дозволяє ухвала ради: позитивний висновок потребує обґрунтування.',
    'validation.alcohol.rulesExist': 'Ухвала, чинна з цього дня, вже записана.',
    'validation.alcohol.termEndsBeforeStart': 'Каденція не може закінчуватися раніше за її початок.',
    'validation.alcohol.personOrNew': 'Вкажіть особу з реєстру або введіть дані нової особи (одне з двох).',
    'validation.alcohol.notInTerm': 'Цей член у цей день не входив до складу Комісії (поза каденцією).',
    'validation.alcohol.noQuorum':
      'Без кворуму (щонайменше половини членів Комісії) засідання не може ухвалювати рішення.',
    'validation.alcohol.beforeReport': 'Дата не може бути ранішою за дату повідомлення.',
    'validation.alcohol.beforeReferral': 'Дата не може бути ранішою за дату направлення на експертизу.',
    'validation.alcohol.beforePetition': 'Ухвала суду не може бути ранішою за заяву Комісії.',
    'validation.alcohol.appointmentBeforeLetter': 'Термін не може бути ранішим за дату листа.',
    'validation.alcohol.future': 'Дата повідомлення не може бути пізнішою за сьогодні.',
    'validation.alcohol.notPdf': 'Додайте висновок у форматі PDF.',
    'error.alcohol.eventNotAllowed':
      'Цей крок зараз не можна записати (напр. висновок до направлення на експертизу, справу закрито).',
  },
  en: {
    'validation.alcohol.outsideGroup': 'The session must fall within the group’s period.',
    'validation.alcohol.moreThanEnrolled': 'More present than the group’s participants.',
    'validation.alcohol.nip': 'The NIP is ten digits without dashes.',
    'validation.alcohol.opinionBeforeApplication':
      'The opinion cannot be earlier than the permit application.',
    'validation.alcohol.recommendations': 'After irregularities, enter the recommendations.',
    'validation.alcohol.negativeReason': 'A negative opinion needs its reasons.',
    'validation.alcohol.overLimit':
      'The council’s limit of permits is used up: the opinion cannot be positive.',
    'validation.alcohol.tooCloseNoReason':
      'The sale point is nearer to a protected object than the council’s resolution allows: a positive opinion needs its reasons.',
    'validation.alcohol.rulesExist': 'A resolution valid from this day is already recorded.',
    'validation.alcohol.termEndsBeforeStart': 'The term cannot end before it starts.',
    'validation.alcohol.personOrNew':
      'Choose a person from the registry or enter a new person (one of the two).',
    'validation.alcohol.notInTerm': 'This member was not on the commission that day (outside the term).',
    'validation.alcohol.noQuorum':
      'Without a quorum (at least half of the commission’s members) the meeting cannot adopt resolutions.',
    'validation.alcohol.beforeReport': 'The date cannot be earlier than the report.',
    'validation.alcohol.beforeReferral': 'The date cannot be earlier than the referral to the experts.',
    'validation.alcohol.beforePetition':
      'The court’s order cannot be earlier than the commission’s petition.',
    'validation.alcohol.appointmentBeforeLetter': 'The appointment cannot be earlier than the letter.',
    'validation.alcohol.future': 'The report cannot be dated later than today.',
    'validation.alcohol.notPdf': 'Attach the opinion as a PDF file.',
    'error.alcohol.eventNotAllowed':
      'This step cannot be recorded now (e.g. an opinion before the referral, a closed proceeding).',
  },
});
