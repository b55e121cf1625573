import type { MessageFile } from './types.ts';

/** Decision 0015: a sealed person known to the centre, and merging two records of one human. */
export const personMerge: MessageFile = {
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
    'merge.title': 'Połącz zdublowany rekord',
    'merge.intro':
      'Jeśli ta sama osoba jest w rejestrze dwa razy, wskaż rekord, który zostaje. Wszystkie wnioski, decyzje, wypłaty i historia tego rekordu przejdą do wybranego, a ten rekord zostanie usunięty.',
    'merge.choose': 'Połącz z tym rekordem',
    'merge.confirmTitle': 'Połączyć rekordy?',
    'merge.confirmBody':
      'Rekord {from} zostanie usunięty, a wszystko, co do niego należy, przejdzie do rekordu {into}. Tego nie da się cofnąć.',
    'merge.confirm': 'Połącz',
    'merge.done': 'Rekordy połączono.',
    'release.confirmTitle': 'Osoba stanie się widoczna w rejestrze',
    'release.confirmBody':
      'Ta osoba została zarejestrowana w procedurze Niebieskiej Karty i dziś widzą ją tylko członkowie zespołu. Po złożeniu wniosku zobaczą ją wszyscy pracownicy ośrodka — bez żadnej informacji o procedurze, która pozostaje zastrzeżona.',
    'release.confirm': 'Rozumiem, złóż wniosek',
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
    'merge.title': 'Об’єднати дубльований запис',
    'merge.intro':
      'Якщо та сама особа є в реєстрі двічі, вкажіть запис, який залишається. Усі заяви, рішення, виплати та історія цього запису перейдуть до вибраного, а цей запис буде видалено.',
    'merge.choose': 'Об’єднати з цим записом',
    'merge.confirmTitle': 'Об’єднати записи?',
    'merge.confirmBody':
      'Запис {from} буде видалено, а все, що йому належить, перейде до запису {into}. Цю дію не можна скасувати.',
    'merge.confirm': 'Об’єднати',
    'merge.done': 'Записи об’єднано.',
    'release.confirmTitle': 'Особа стане видимою в реєстрі',
    'release.confirmBody':
      'Цю особу зареєстровано в процедурі «Блакитна карта», і зараз її бачать лише члени команди. Після подання заяви її побачать усі працівники центру — без жодної інформації про процедуру, яка залишається закритою.',
    'release.confirm': 'Розумію, подати заяву',
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
    'merge.title': 'Merge a duplicate record',
    'merge.intro':
      'If the same person is in the registry twice, choose the record that stays. All applications, decisions, payments and history of this record move to the chosen one, and this record is deleted.',
    'merge.choose': 'Merge into this record',
    'merge.confirmTitle': 'Merge the records?',
    'merge.confirmBody':
      'Record {from} will be deleted and everything that belongs to it will move to record {into}. This cannot be undone.',
    'merge.confirm': 'Merge',
    'merge.done': 'The records were merged.',
    'release.confirmTitle': 'The person will become visible in the registry',
    'release.confirmBody':
      'This person was registered in a Niebieska Karta procedure and today only the team sees them. Once the application is filed, every worker of the centre will see them — without any information about the procedure, which stays restricted.',
    'release.confirm': 'I understand, file the application',
  },
};
