import { messages } from './types.ts';

// Payments: schedules, runs and lists, bank files, the cash desk, flags, receivables.
export const payments = messages({
  pl: {
    'validation.payments.month': 'Podaj miesiąc w formacie RRRR-MM, np. 2026-11.',
    'validation.payments.iban.required':
      'Podaj numer rachunku bankowego — świadczenie ma być przekazywane przelewem.',
    'validation.payments.iban.format':
      'Numer rachunku ma nieprawidłowy format. Wpisz 26 cyfr (NRB) albo IBAN zaczynający się od PL.',
    'validation.payments.iban.length': 'Numer rachunku ma złą liczbę znaków — polski IBAN ma PL i 26 cyfr.',
    'validation.payments.iban.checksum':
      'Numer rachunku jest błędny (nie zgadza się suma kontrolna). Sprawdź, czy nie ma literówki.',
    'validation.payments.iban.notPolish':
      'Przelewy z listy wypłat trafiają tylko na rachunki w polskich bankach (PL).',
    'validation.payments.documentNumber': 'Podaj serię i numer dokumentu (5–20 liter i cyfr).',
    'validation.payments.documentMismatch':
      'Numer dokumentu nie zgadza się z zapisanym w rejestrze dla tej osoby. Sprawdź tożsamość odbiorcy.',
    'validation.payments.beforeDecision': 'Data nie może być wcześniejsza niż data decyzji.',
    'validation.payments.beforePayDay': 'Ta lista jest płatna dopiero od dnia wypłaty wskazanego na liście.',
    'validation.payments.resumeBeforeSuspension':
      'Wypłatę można wznowić najwcześniej od miesiąca następującego po miesiącu wstrzymania.',
    'validation.payments.returnBeforePayment': 'Zwrot nie może nastąpić przed dniem wypłaty.',
    'validation.payments.dueBeforeDecision': 'Termin zwrotu nie może przypadać przed datą decyzji.',
    'validation.payments.tooManyInstalments': 'Rat nie może być więcej niż groszy do zwrotu.',
    'validation.payments.decisionOfAnotherPerson': 'Ta decyzja dotyczy innej osoby.',
    'validation.payments.exceedsOutstanding': 'Kwota przekracza pozostałą do rozliczenia należność ({max}).',
    'validation.payments.deaths.pesel': 'Nieprawidłowy numer PESEL.',
    'validation.payments.deaths.date':
      'Nieprawidłowa data zgonu (format RRRR-MM-DD, nie przyszła i nie wcześniejsza niż data urodzenia).',
    'error.payments.notGranted': 'Ta decyzja nie przyznaje świadczenia, więc nie ma harmonogramu wypłat.',
    'error.payments.alreadySuspended': 'Wypłata z tej decyzji jest już wstrzymana. Najpierw ją wznów.',
    'error.payments.notSuspended': 'Wypłata z tej decyzji nie jest wstrzymana.',
    'error.payments.noAddress':
      'Osoba nie ma adresu w rejestrze (nie należy do gospodarstwa), więc decyzji nie ma dokąd doręczyć. Najpierw dopisz ją do gospodarstwa.',
    'error.payments.runOpen': 'Lista wypłat za ten miesiąc jest właśnie otwierana. Odśwież stronę.',
    'error.payments.runStatus':
      'Tej czynności nie można wykonać, gdy lista ma status „{status}”. Odśwież stronę.',
    'error.payments.unresolvedFlags':
      'Przed zatwierdzeniem rozstrzygnij wszystkie ostrzeżenia ({count}): zaakceptuj pozycję albo ją wyłącz.',
    'error.payments.flagResolved': 'To ostrzeżenie zostało już rozstrzygnięte.',
    'error.payments.notTransferList': 'To nie jest lista przelewów.',
    'error.payments.listStatus': 'Tej czynności nie można wykonać, gdy lista ma status „{status}”.',
    'error.payments.itemStatus': 'Tej czynności nie można wykonać dla pozycji o statusie „{status}”.',
    'error.payments.nothingReturned':
      'Cała kwota tej wypłaty została potrącona — bank nie miał czego zwrócić.',
    'error.payments.collectionExpired':
      'Minął termin odbioru z tej listy. Pozycja wróci do harmonogramu po zamknięciu dnia kasowego.',
    'error.payments.cashDayClosed': 'Ten dzień kasowy jest już zamknięty.',
    'error.payments.noReceipt': 'Ta pozycja nie została wypłacona w kasie, więc nie ma dowodu wypłaty.',
    'error.payments.receivableReserved':
      'Część należności jest zarezerwowana na potrącenie z zatwierdzonej, niewypłaconej jeszcze listy. Umorzenie w całości będzie możliwe po jej rozliczeniu.',
    'error.payments.nothingOutstanding': 'Ta należność jest już w całości rozliczona.',
    'payments.flag.deceased': 'odbiorca zmarł (rejestr PESEL)',
    'payments.flag.duplicateIban': 'ten sam rachunek u niespokrewnionych gospodarstw',
    'payments.flag.amountChanged': 'kwota inna niż w poprzednim miesiącu',
    'payments.method.transfer': 'przelew',
    'payments.method.cashDesk': 'kasa',
    'payments.runStatus.building': 'w przygotowaniu',
    'payments.runStatus.draft': 'do sprawdzenia',
    'payments.runStatus.approved': 'zatwierdzona',
    'payments.listStatus.draft': 'do sprawdzenia',
    'payments.listStatus.approved': 'zatwierdzona',
    'payments.listStatus.exported': 'wysłana do banku',
    'payments.listStatus.paid': 'zrealizowana',
    'payments.listStatus.closed': 'zamknięta',
    'payments.itemStatus.pending': 'do sprawdzenia',
    'payments.itemStatus.excluded': 'wyłączona z listy',
    'payments.itemStatus.approved': 'zatwierdzona',
    'payments.itemStatus.exported': 'wysłana do banku',
    'payments.itemStatus.paid': 'wypłacona',
    'payments.itemStatus.returned': 'zwrócona przez bank',
    'payments.itemStatus.expired': 'niepodjęta w terminie',
  },
  uk: {
    'validation.payments.month': 'Вкажіть місяць у форматі РРРР-ММ, напр. 2026-11.',
    'validation.payments.iban.required':
      'Вкажіть номер банківського рахунку — допомога перераховується переказом.',
    'validation.payments.iban.format':
      'Номер рахунку має неправильний формат. Введіть 26 цифр (NRB) або IBAN, що починається з PL.',
    'validation.payments.iban.length':
      'Неправильна кількість символів — польський IBAN складається з PL і 26 цифр.',
    'validation.payments.iban.checksum':
      'Номер рахунку помилковий (не збігається контрольна сума). Перевірте, чи немає помилки.',
    'validation.payments.iban.notPolish':
      'Перекази зі списку виплат надходять лише на рахунки в польських банках (PL).',
    'validation.payments.documentNumber': 'Вкажіть серію і номер документа (5–20 літер і цифр).',
    'validation.payments.documentMismatch':
      'Номер документа не збігається з записаним у реєстрі для цієї особи. Перевірте особу отримувача.',
    'validation.payments.beforeDecision': 'Дата не може бути раніше дати рішення.',
    'validation.payments.beforePayDay': 'Цей список підлягає виплаті лише з дня виплати, вказаного в списку.',
    'validation.payments.resumeBeforeSuspension':
      'Виплату можна відновити не раніше місяця, що настає після місяця призупинення.',
    'validation.payments.returnBeforePayment': 'Повернення не може відбутися раніше дня виплати.',
    'validation.payments.dueBeforeDecision': 'Строк повернення не може бути раніше дати рішення.',
    'validation.payments.tooManyInstalments': 'Розстрочок не може бути більше, ніж грошів до повернення.',
    'validation.payments.decisionOfAnotherPerson': 'Це рішення стосується іншої особи.',
    'validation.payments.exceedsOutstanding': 'Сума перевищує залишок заборгованості ({max}).',
    'validation.payments.deaths.pesel': 'Неправильний номер PESEL.',
    'validation.payments.deaths.date':
      'Неправильна дата смерті (формат РРРР-ММ-ДД, не в майбутньому і не раніше дати народження).',
    'error.payments.notGranted': 'Це рішення не призначає допомогу, тому графіка виплат немає.',
    'error.payments.alreadySuspended': 'Виплату за цим рішенням уже призупинено. Спершу відновіть її.',
    'error.payments.notSuspended': 'Виплату за цим рішенням не призупинено.',
    'error.payments.noAddress':
      'Особа не має адреси в реєстрі (не належить до домогосподарства), тож рішення нікуди доставити. Спершу додайте її до домогосподарства.',
    'error.payments.runOpen': 'Список виплат за цей місяць саме відкривається. Оновіть сторінку.',
    'error.payments.runStatus':
      'Цю дію не можна виконати, коли список має статус «{status}». Оновіть сторінку.',
    'error.payments.unresolvedFlags':
      'Перед затвердженням вирішіть усі попередження ({count}): прийміть позицію або виключіть її.',
    'error.payments.flagResolved': 'Це попередження вже вирішено.',
    'error.payments.notTransferList': 'Це не список переказів.',
    'error.payments.listStatus': 'Цю дію не можна виконати, коли список має статус «{status}».',
    'error.payments.itemStatus': 'Цю дію не можна виконати для позиції зі статусом «{status}».',
    'error.payments.nothingReturned': 'Усю суму цієї виплати утримано — банку не було чого повертати.',
    'error.payments.collectionExpired':
      'Строк отримання за цим списком минув. Позиція повернеться до графіка після закриття касового дня.',
    'error.payments.cashDayClosed': 'Цей касовий день уже закрито.',
    'error.payments.noReceipt': 'Цю позицію не виплачено в касі, тому квитанції немає.',
    'error.payments.receivableReserved':
      'Частину заборгованості зарезервовано для утримання із затвердженого, ще не виплаченого списку. Списати її повністю можна буде після його розрахунку.',
    'error.payments.nothingOutstanding': 'Цю заборгованість уже повністю погашено.',
    'payments.flag.deceased': 'отримувач помер (реєстр PESEL)',
    'payments.flag.duplicateIban': 'той самий рахунок у неспоріднених домогосподарств',
    'payments.flag.amountChanged': 'сума інша, ніж у попередньому місяці',
    'payments.method.transfer': 'переказ',
    'payments.method.cashDesk': 'каса',
    'payments.runStatus.building': 'готується',
    'payments.runStatus.draft': 'на перевірці',
    'payments.runStatus.approved': 'затверджено',
    'payments.listStatus.draft': 'на перевірці',
    'payments.listStatus.approved': 'затверджено',
    'payments.listStatus.exported': 'надіслано до банку',
    'payments.listStatus.paid': 'виконано',
    'payments.listStatus.closed': 'закрито',
    'payments.itemStatus.pending': 'на перевірці',
    'payments.itemStatus.excluded': 'виключено зі списку',
    'payments.itemStatus.approved': 'затверджено',
    'payments.itemStatus.exported': 'надіслано до банку',
    'payments.itemStatus.paid': 'виплачено',
    'payments.itemStatus.returned': 'повернуто банком',
    'payments.itemStatus.expired': 'не отримано вчасно',
  },
  en: {
    'validation.payments.month': 'Enter the month as YYYY-MM, e.g. 2026-11.',
    'validation.payments.iban.required':
      'Enter the bank account number — the benefit is paid by bank transfer.',
    'validation.payments.iban.format':
      'The account number has the wrong format. Enter 26 digits (NRB) or an IBAN starting with PL.',
    'validation.payments.iban.length':
      'The account number has the wrong length — a Polish IBAN is PL and 26 digits.',
    'validation.payments.iban.checksum':
      'The account number is wrong (its check digits do not match). Check it for a typo.',
    'validation.payments.iban.notPolish':
      'Transfers from payment lists go only to accounts in Polish banks (PL).',
    'validation.payments.documentNumber': 'Enter the document’s series and number (5–20 letters and digits).',
    'validation.payments.documentMismatch':
      'The document number does not match the one in the registry for this person. Check the recipient’s identity.',
    'validation.payments.beforeDecision': 'The date cannot be earlier than the decision’s date.',
    'validation.payments.beforePayDay': 'This list can be paid only from the payment day printed on it.',
    'validation.payments.resumeBeforeSuspension':
      'Payment can resume at the earliest in the month after the month it was suspended from.',
    'validation.payments.returnBeforePayment': 'A return cannot come before the payment.',
    'validation.payments.dueBeforeDecision': 'The repayment due date cannot be before the decision’s date.',
    'validation.payments.tooManyInstalments': 'There cannot be more instalments than grosze to repay.',
    'validation.payments.decisionOfAnotherPerson': 'This decision concerns another person.',
    'validation.payments.exceedsOutstanding': 'The amount exceeds what is still owed ({max}).',
    'validation.payments.deaths.pesel': 'Invalid PESEL number.',
    'validation.payments.deaths.date':
      'Invalid date of death (YYYY-MM-DD, not in the future and not before the date of birth).',
    'error.payments.notGranted': 'This decision grants no benefit, so it has no payment schedule.',
    'error.payments.alreadySuspended': 'Payment under this decision is already suspended. Resume it first.',
    'error.payments.notSuspended': 'Payment under this decision is not suspended.',
    'error.payments.noAddress':
      'The person has no address in the registry (no household), so the decision cannot be delivered. Add them to a household first.',
    'error.payments.runOpen': 'The payment run of this month is being opened right now. Refresh the page.',
    'error.payments.runStatus': 'This cannot be done while the run is “{status}”. Refresh the page.',
    'error.payments.unresolvedFlags':
      'Resolve every warning ({count}) before approval: accept the item or exclude it.',
    'error.payments.flagResolved': 'This warning has already been resolved.',
    'error.payments.notTransferList': 'This is not a bank transfer list.',
    'error.payments.listStatus': 'This cannot be done while the list is “{status}”.',
    'error.payments.itemStatus': 'This cannot be done for an item that is “{status}”.',
    'error.payments.nothingReturned': 'The whole payment was deducted — the bank had nothing to return.',
    'error.payments.collectionExpired':
      'The time to collect from this list has passed. The item returns to the schedule when the cash day is closed.',
    'error.payments.cashDayClosed': 'This cash-desk day is already closed.',
    'error.payments.noReceipt': 'This item was not paid at the cash desk, so it has no receipt.',
    'error.payments.receivableReserved':
      'Part of the receivable is reserved for a deduction from an approved list not yet paid. It can be waived in whole once that list is settled.',
    'error.payments.nothingOutstanding': 'This receivable is already settled in full.',
    'payments.flag.deceased': 'recipient has died (PESEL register)',
    'payments.flag.duplicateIban': 'same account for unrelated households',
    'payments.flag.amountChanged': 'amount differs from the previous month',
    'payments.method.transfer': 'bank transfer',
    'payments.method.cashDesk': 'cash desk',
    'payments.runStatus.building': 'being built',
    'payments.runStatus.draft': 'in review',
    'payments.runStatus.approved': 'approved',
    'payments.listStatus.draft': 'in review',
    'payments.listStatus.approved': 'approved',
    'payments.listStatus.exported': 'sent to the bank',
    'payments.listStatus.paid': 'executed',
    'payments.listStatus.closed': 'closed',
    'payments.itemStatus.pending': 'in review',
    'payments.itemStatus.excluded': 'excluded from the list',
    'payments.itemStatus.approved': 'approved',
    'payments.itemStatus.exported': 'sent to the bank',
    'payments.itemStatus.paid': 'paid',
    'payments.itemStatus.returned': 'returned by the bank',
    'payments.itemStatus.expired': 'not collected in time',
  },
});
