import { messages } from '@ostoja/domain/i18n/types';

/** Decision 0015: the person page's merge section and the warning before a sealed person becomes known. */
export const uiPersonMerge = messages({
  pl: {
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
});
