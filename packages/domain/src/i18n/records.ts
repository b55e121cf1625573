import { messages } from './types.ts';

// Records management (retention, destruction protocols, anonymisation, RODO rights): server messages.
export const records = messages({
  pl: {
    'error.records.nothingDue':
      'Do końca tego miesiąca nie upływa okres przechowywania żadnych akt kategorii B.',
    'error.records.notDraft': 'Protokół jest już podpisany.',
    'error.records.notSigned': 'Anonimizację można przeprowadzić dopiero po podpisaniu protokołu.',
    'error.records.retentionNotEnded':
      'Nie upłynął okres przechowywania wszystkich akt tej osoby — danych nie można jeszcze zanonimizować.',
    'validation.month': 'Podaj miesiąc w formacie RRRR-MM.',
    'validation.jrwaSymbol': 'Symbol JRWA może zawierać tylko cyfry, litery, kropki, ukośniki i łączniki.',
    'validation.records.futureMonth': 'Protokół można sporządzić najpóźniej za bieżący miesiąc.',
    'validation.records.signedInFuture': 'Data podpisania nie może być z przyszłości.',
  },
  uk: {
    'error.records.nothingDue': 'До кінця цього місяця не спливає строк зберігання жодних справ категорії B.',
    'error.records.notDraft': 'Протокол уже підписано.',
    'error.records.notSigned': 'Анонімізацію можна провести лише після підписання протоколу.',
    'error.records.retentionNotEnded':
      'Строк зберігання не всіх справ цієї особи сплив — дані ще не можна анонімізувати.',
    'validation.month': 'Вкажіть місяць у форматі РРРР-ММ.',
    'validation.jrwaSymbol': 'Символ JRWA може містити лише цифри, літери, крапки, скісні риски та дефіси.',
    'validation.records.futureMonth': 'Протокол можна скласти щонайпізніше за поточний місяць.',
    'validation.records.signedInFuture': 'Дата підписання не може бути в майбутньому.',
  },
  en: {
    'error.records.nothingDue':
      'No category B records reach the end of their period by the end of this month.',
    'error.records.notDraft': 'The protocol is already signed.',
    'error.records.notSigned': 'The anonymisation runs only after the protocol is signed.',
    'error.records.retentionNotEnded':
      "Not all of this person's records have reached the end of their period — the data cannot be anonymised yet.",
    'validation.month': 'Give the month as YYYY-MM.',
    'validation.jrwaSymbol': 'A JRWA symbol may contain only digits, letters, dots, slashes and hyphens.',
    'validation.records.futureMonth': 'A protocol can be drawn up for the current month at the latest.',
    'validation.records.signedInFuture': 'The signing date cannot be in the future.',
  },
});
