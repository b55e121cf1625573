import { messages } from './types.ts';

export const errors = messages({
  pl: {
    'error.validation': 'Popraw zaznaczone pola.',
    'error.unauthenticated': 'Zaloguj się, aby kontynuować.',
    'error.forbidden': 'Nie masz uprawnień do tej czynności.',
    'error.notFound': 'Nie znaleziono.',
    'error.conflict': 'Konflikt z istniejącymi danymi.',
    'error.versionConflict':
      'Ktoś zapisał ten rekord po tym, jak go otworzyłeś. Odśwież stronę, aby zobaczyć nowszą wersję, i wprowadź zmiany ponownie.',
    'error.internal': 'Wystąpił nieoczekiwany błąd. Spróbuj ponownie.',
    'error.badJson': 'Treść żądania nie jest poprawnym JSON-em.',
    'error.tooManyAttempts': 'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za {minutes} min.',
    'error.badCredentials': 'Nieprawidłowy login lub hasło.',
    'error.accountDisabled': 'Konto jest zablokowane. Skontaktuj się z administratorem.',
    'validation.required': 'To pole jest wymagane.',
    'validation.invalidType': 'Nieprawidłowa wartość.',
    'validation.tooShort': 'Za krótkie (minimalna liczba znaków: {min}).',
    'validation.tooLong': 'Za długie (maksymalna liczba znaków: {max}).',
    'validation.tooSmall': 'Wartość musi wynosić co najmniej {min}.',
    'validation.tooBig': 'Wartość może wynosić najwyżej {max}.',
    'validation.invalidOption': 'Wybierz jedną z dostępnych opcji.',
    'validation.invalidDate': 'Podaj datę w formacie RRRR-MM-DD.',
    'validation.invalidEmail': 'Podaj poprawny adres e-mail.',
    'validation.invalidPhone': 'Podaj poprawny numer telefonu.',
    'validation.invalidPostalCode': 'Podaj kod pocztowy w formacie 00-000.',
    'validation.unknownField': 'Nieznane pole.',
    'validation.invalid': 'Nieprawidłowa wartość.',
    'validation.pesel.format': 'PESEL musi mieć 11 cyfr.',
    'validation.pesel.checksum': 'PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.',
    'validation.pesel.birthDate': 'PESEL zawiera nieistniejącą datę urodzenia.',
    'validation.pesel.mismatchBirthDate': 'Data urodzenia nie zgadza się z numerem PESEL.',
    'validation.pesel.mismatchSex': 'Płeć nie zgadza się z numerem PESEL.',
    'validation.identity.required':
      'Podaj PESEL albo — dla osoby bez numeru PESEL — obywatelstwo, rodzaj i numer dokumentu.',
    'error.peselTaken':
      'Osoba z tym numerem PESEL jest już w rejestrze. Wyszukaj ją zamiast dodawać ponownie.',
    'error.possibleDuplicate':
      'W rejestrze jest już osoba o tym samym imieniu, nazwisku i dacie urodzenia. Sprawdź, czy to nie ta sama osoba; jeśli to ktoś inny, potwierdź zapis.',
    'validation.pesel.taken':
      'Ten PESEL ma już inna osoba w rejestrze — sprawdź numer albo wyszukaj tę osobę.',
    'validation.possibleDuplicate':
      'Osoba o tym imieniu, nazwisku i dacie urodzenia już istnieje — sprawdź, czy to nie ta sama osoba, albo potwierdź, że to ktoś inny.',
    'validation.withoutPesel.required': 'Wymagane dla osoby bez numeru PESEL.',
    'validation.citizenship': 'Podaj dwuliterowy kod kraju obywatelstwa, np. PL lub UA.',
    'validation.household.oneApplicant': 'Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę.',
    'validation.household.alreadyMember': 'Ta osoba już należy do tego gospodarstwa domowego.',
    'validation.address.noFieldTeam':
      'Żaden zespół terenowy nie obsługuje tej ulicy. Sprawdź pisownię nazwy ulicy (np. „Żbikowska”).',
    'validation.address.numberNotServed':
      'Ten numer domu na tej ulicy nie jest przypisany do żadnego zespołu terenowego. Sprawdź numer.',
    'validation.range.both':
      'Podaj oba końce zakresu numerów („od” i „do”) albo żaden — wtedy zespół obsługuje całą ulicę.',
    'validation.range.order': 'Numer „do” nie może być mniejszy niż numer „od”.',
    'validation.time': 'Podaj godzinę w formacie GG:MM, np. 08:00.',
    'validation.login.format':
      'Login może zawierać tylko litery bez polskich znaków, cyfry, kropkę, podkreślenie i myślnik.',
    'validation.login.taken': 'Ten login jest już zajęty — wybierz inny.',
    'validation.roles.required': 'Wybierz co najmniej jedną rolę.',
    'validation.invalidCharacters':
      'Tekst zawiera niedozwolony znak sterujący — wpisz go ponownie bez wklejania.',
    'validation.pesel.future': 'PESEL zawiera datę urodzenia z przyszłości — sprawdź, czy nie ma literówki.',
    'validation.birthDate.range': 'Data urodzenia musi przypadać między {min} a {max}.',
    'validation.household.memberPerson': 'Wybierz istniejącą osobę albo wpisz dane nowej — jedno z dwóch.',
    'validation.time.order': 'Godzina zamknięcia musi być późniejsza niż godzina otwarcia.',
    'validation.cursor': 'Nieprawidłowy znacznik strony wyników. Wyszukaj ponownie od pierwszej strony.',
    'validation.date.future': 'Data nie może być późniejsza niż dzisiejsza.',
    'validation.household.dateBeforeSince':
      'Data nie może być wcześniejsza niż {date} — od tego dnia osoba należy do obecnego gospodarstwa domowego.',
    'validation.dateRange.order': 'Data końcowa nie może być wcześniejsza niż początkowa.',
  },
  uk: {
    'error.validation': 'Виправте позначені поля.',
    'error.unauthenticated': 'Увійдіть, щоб продовжити.',
    'error.forbidden': 'У вас немає прав на цю дію.',
    'error.notFound': 'Не знайдено.',
    'error.conflict': 'Конфлікт з наявними даними.',
    'error.versionConflict':
      'Хтось зберіг цей запис після того, як ви його відкрили. Оновіть сторінку, щоб побачити новішу версію, і внесіть зміни ще раз.',
    'error.internal': 'Сталася неочікувана помилка. Спробуйте ще раз.',
    'error.badJson': 'Тіло запиту не є коректним JSON.',
    'error.tooManyAttempts': 'Забагато невдалих спроб входу. Спробуйте знову через {minutes} хв.',
    'error.badCredentials': 'Неправильний логін або пароль.',
    'error.accountDisabled': 'Обліковий запис заблоковано. Зверніться до адміністратора.',
    'validation.required': 'Це поле обовʼязкове.',
    'validation.invalidType': 'Неправильне значення.',
    'validation.tooShort': 'Закоротко (щонайменше {min} символів).',
    'validation.tooLong': 'Задовго (щонайбільше {max} символів).',
    'validation.tooSmall': 'Значення має бути не менше {min}.',
    'validation.tooBig': 'Значення може бути не більше {max}.',
    'validation.invalidOption': 'Виберіть один із доступних варіантів.',
    'validation.invalidDate': 'Вкажіть дату у форматі РРРР-ММ-ДД.',
    'validation.invalidEmail': 'Вкажіть правильну адресу e-mail.',
    'validation.invalidPhone': 'Вкажіть правильний номер телефону.',
    'validation.invalidPostalCode': 'Вкажіть поштовий індекс у форматі 00-000.',
    'validation.unknownField': 'Невідоме поле.',
    'validation.invalid': 'Неправильне значення.',
    'validation.pesel.format': 'PESEL має складатися з 11 цифр.',
    'validation.pesel.checksum': 'PESEL має неправильну контрольну цифру — перевірте, чи немає помилки.',
    'validation.pesel.birthDate': 'PESEL містить неіснуючу дату народження.',
    'validation.pesel.mismatchBirthDate': 'Дата народження не збігається з номером PESEL.',
    'validation.pesel.mismatchSex': 'Стать не збігається з номером PESEL.',
    'validation.identity.required':
      'Вкажіть PESEL або — для особи без PESEL — громадянство, тип і номер документа.',
    'error.peselTaken':
      'Особа з цим номером PESEL уже є в реєстрі. Знайдіть її замість того, щоб додавати знову.',
    'error.possibleDuplicate':
      'У реєстрі вже є особа з таким самим імʼям, прізвищем і датою народження. Перевірте, чи це не та сама особа; якщо це інша людина, підтвердьте збереження.',
    'validation.pesel.taken':
      'Цей PESEL уже має інша особа в реєстрі — перевірте номер або знайдіть цю особу.',
    'validation.possibleDuplicate':
      'Особа з таким імʼям, прізвищем і датою народження вже існує — перевірте, чи це не та сама особа, або підтвердьте, що це інша людина.',
    'validation.withoutPesel.required': 'Обовʼязково для особи без номера PESEL.',
    'validation.citizenship': 'Вкажіть дволітерний код країни громадянства, напр. PL або UA.',
    'validation.household.oneApplicant': 'Домогосподарство повинно мати рівно одного заявника.',
    'validation.household.alreadyMember': 'Ця особа вже належить до цього домогосподарства.',
    'validation.address.noFieldTeam':
      'Жодна територіальна команда не обслуговує цю вулицю. Перевірте написання назви вулиці (напр. «Żbikowska»).',
    'validation.address.numberNotServed':
      'Цей номер будинку на цій вулиці не закріплений за жодною територіальною командою. Перевірте номер.',
    'validation.range.both':
      'Вкажіть обидві межі діапазону номерів («від» і «до») або жодної — тоді команда обслуговує всю вулицю.',
    'validation.range.order': 'Номер «до» не може бути меншим за номер «від».',
    'validation.time': 'Вкажіть час у форматі ГГ:ХХ, напр. 08:00.',
    'validation.login.format':
      'Логін може містити лише латинські літери без діакритичних знаків, цифри, крапку, підкреслення і дефіс.',
    'validation.login.taken': 'Цей логін уже зайнятий — виберіть інший.',
    'validation.roles.required': 'Виберіть щонайменше одну роль.',
    'validation.invalidCharacters':
      'Текст містить недопустимий керівний символ — введіть його ще раз без вставлення.',
    'validation.pesel.future': 'PESEL містить дату народження в майбутньому — перевірте, чи немає помилки.',
    'validation.birthDate.range': 'Дата народження має бути між {min} і {max}.',
    'validation.household.memberPerson': 'Виберіть наявну особу або введіть дані нової — щось одне.',
    'validation.time.order': 'Час закриття має бути пізнішим за час відкриття.',
    'validation.cursor': 'Неправильна позначка сторінки результатів. Повторіть пошук з першої сторінки.',
    'validation.date.future': 'Дата не може бути пізнішою за сьогоднішню.',
    'validation.household.dateBeforeSince':
      'Дата не може бути ранішою за {date} — з цього дня особа належить до поточного домогосподарства.',
    'validation.dateRange.order': 'Кінцева дата не може бути ранішою за початкову.',
  },
  en: {
    'error.validation': 'Correct the marked fields.',
    'error.unauthenticated': 'Sign in to continue.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.notFound': 'Not found.',
    'error.conflict': 'This conflicts with existing data.',
    'error.versionConflict':
      'Someone saved this record after you opened it. Reload the page to see the newer version, then make your changes again.',
    'error.internal': 'An unexpected error occurred. Please try again.',
    'error.badJson': 'The request body is not valid JSON.',
    'error.tooManyAttempts': 'Too many failed sign-in attempts. Try again in {minutes} min.',
    'error.badCredentials': 'Wrong login or password.',
    'error.accountDisabled': 'The account is disabled. Contact the administrator.',
    'validation.required': 'This field is required.',
    'validation.invalidType': 'Invalid value.',
    'validation.tooShort': 'Too short (at least {min} characters).',
    'validation.tooLong': 'Too long (at most {max} characters).',
    'validation.tooSmall': 'The value must be at least {min}.',
    'validation.tooBig': 'The value may be at most {max}.',
    'validation.invalidOption': 'Choose one of the available options.',
    'validation.invalidDate': 'Enter the date as YYYY-MM-DD.',
    'validation.invalidEmail': 'Enter a valid e-mail address.',
    'validation.invalidPhone': 'Enter a valid phone number.',
    'validation.invalidPostalCode': 'Enter the postal code as 00-000.',
    'validation.unknownField': 'Unknown field.',
    'validation.invalid': 'Invalid value.',
    'validation.pesel.format': 'A PESEL has 11 digits.',
    'validation.pesel.checksum': 'The PESEL check digit is wrong — check it for a typo.',
    'validation.pesel.birthDate': 'The PESEL encodes a date of birth that does not exist.',
    'validation.pesel.mismatchBirthDate': 'The date of birth does not match the PESEL.',
    'validation.pesel.mismatchSex': 'The sex does not match the PESEL.',
    'validation.identity.required':
      'Enter a PESEL or — for a person without one — citizenship, document type and number.',
    'error.peselTaken':
      'A person with this PESEL is already in the registry. Search for them instead of adding them again.',
    'error.possibleDuplicate':
      'The registry already has a person with the same first name, surname and date of birth. Check that it is not the same person; if it is someone else, confirm to save.',
    'validation.pesel.taken':
      'Another person in the registry has this PESEL — check the number or search for that person.',
    'validation.possibleDuplicate':
      'A person with this name and date of birth already exists — check that it is not the same person, or confirm that it is someone else.',
    'validation.withoutPesel.required': 'Required for a person without a PESEL.',
    'validation.citizenship': 'Enter the two-letter country code of citizenship, e.g. PL or UA.',
    'validation.household.oneApplicant': 'A household must have exactly one applicant.',
    'validation.household.alreadyMember': 'This person already belongs to this household.',
    'validation.address.noFieldTeam':
      'No field team serves this street. Check the spelling of the street name (e.g. "Żbikowska").',
    'validation.address.numberNotServed':
      'This house number on this street is not assigned to any field team. Check the number.',
    'validation.range.both':
      'Enter both ends of the number range ("from" and "to") or neither — then the team serves the whole street.',
    'validation.range.order': 'The "to" number cannot be lower than the "from" number.',
    'validation.time': 'Enter the time as HH:MM, e.g. 08:00.',
    'validation.login.format':
      'A login may contain only letters without diacritics, digits, dot, underscore and hyphen.',
    'validation.login.taken': 'This login is already taken — choose another.',
    'validation.roles.required': 'Choose at least one role.',
    'validation.invalidCharacters':
      'The text contains a forbidden control character — type it again instead of pasting.',
    'validation.pesel.future': 'The PESEL encodes a date of birth in the future — check it for a typo.',
    'validation.birthDate.range': 'The date of birth must be between {min} and {max}.',
    'validation.household.memberPerson': 'Choose an existing person or enter a new one — one of the two.',
    'validation.time.order': 'The closing time must be later than the opening time.',
    'validation.cursor': 'Invalid results page marker. Search again from the first page.',
    'validation.date.future': 'The date cannot be later than today.',
    'validation.household.dateBeforeSince':
      'The date cannot be earlier than {date} — the person has belonged to their current household since that day.',
    'validation.dateRange.order': 'The end date cannot be earlier than the start date.',
  },
});
