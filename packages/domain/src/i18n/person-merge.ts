import { messages } from './types.ts';

/** Decision 0015: the server's messages when a sealed person becomes known and when two records merge. */
export const personMerge = messages({
  pl: {
    'error.registry.sealedDuplicate':
      'W rejestrze jest już inna osoba z tym numerem PESEL. Najpierw połącz oba rekordy tej osoby.',
    'validation.registry.sealedDuplicate':
      'Ta osoba ma w rejestrze drugi rekord z tym numerem PESEL — połącz je najpierw',
    'validation.registry.mergeSame': 'Wybierz inny rekord niż ten, który łączysz',
    'validation.registry.mergeUnknown': 'Nie ma takiej osoby w rejestrze',
    'error.registry.peselDiffers': 'Rekordy mają różne numery PESEL — to nie jest ta sama osoba.',
    'validation.registry.peselDiffers': 'Numer PESEL tego rekordu jest inny',
    'error.registry.mergeConflict':
      'Rekordów nie można połączyć: obie osoby mają otwarte wpisy, które mogą istnieć tylko raz (np. mieszkają w dwóch różnych gospodarstwach). Zakończ jeden z nich i spróbuj ponownie.',
    'validation.registry.mergeConflict': 'Ten rekord ma wpis, którego nie da się połączyć',
  },
  uk: {
    'error.registry.sealedDuplicate':
      'У реєстрі вже є інша особа з цим номером PESEL. Спочатку об’єднайте обидва записи цієї особи.',
    'validation.registry.sealedDuplicate':
      'Ця особа має в реєстрі другий запис із цим номером PESEL — спочатку об’єднайте їх',
    'validation.registry.mergeSame': 'Виберіть інший запис, ніж той, який об’єднуєте',
    'validation.registry.mergeUnknown': 'Такої особи в реєстрі немає',
    'error.registry.peselDiffers': 'Записи мають різні номери PESEL — це не та сама особа.',
    'validation.registry.peselDiffers': 'Номер PESEL цього запису інший',
    'error.registry.mergeConflict':
      'Записи не можна об’єднати: обидві особи мають відкриті записи, які можуть існувати лише один раз (наприклад, живуть у двох різних домогосподарствах). Завершіть один із них і спробуйте ще раз.',
    'validation.registry.mergeConflict': 'Цей запис має дані, які неможливо об’єднати',
  },
  en: {
    'error.registry.sealedDuplicate':
      'The registry already holds another person with this PESEL. Merge the two records of this person first.',
    'validation.registry.sealedDuplicate':
      'This person has a second record with this PESEL in the registry — merge them first',
    'validation.registry.mergeSame': 'Choose a record other than the one being merged',
    'validation.registry.mergeUnknown': 'There is no such person in the registry',
    'error.registry.peselDiffers': 'The records have different PESEL numbers — they are not the same person.',
    'validation.registry.peselDiffers': 'This record has a different PESEL',
    'error.registry.mergeConflict':
      'The records cannot be merged: both persons have open entries that may exist only once (e.g. they live in two different households). End one of them and try again.',
    'validation.registry.mergeConflict': 'This record has an entry that cannot be merged',
  },
});
