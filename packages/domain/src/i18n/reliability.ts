import { messages } from './types.ts';

/** Errors of availability and of input the database refused (issue 13, reliability). */
export const reliability = messages({
  pl: {
    'error.databaseUnavailable':
      'Baza danych jest chwilowo niedostępna (np. trwa jej restart). Spróbuj ponownie za kilka sekund.',
    'error.databaseTimeout':
      'Baza danych odpowiada zbyt wolno. Nic nie zostało zapisane — spróbuj ponownie za chwilę.',
    'error.insufficientStorage':
      'Brak miejsca na dysku serwera. Nic nie zostało zapisane — powiadom administratora.',
  },
  uk: {
    'error.databaseUnavailable':
      'База даних тимчасово недоступна (наприклад, перезапускається). Спробуйте ще раз за кілька секунд.',
    'error.databaseTimeout':
      'База даних відповідає надто повільно. Нічого не збережено — спробуйте ще раз за хвилину.',
    'error.insufficientStorage':
      'На диску сервера немає місця. Нічого не збережено — повідомте адміністратора.',
  },
  en: {
    'error.databaseUnavailable':
      'The database is temporarily unavailable (for example, restarting). Please try again in a few seconds.',
    'error.databaseTimeout':
      'The database is answering too slowly. Nothing was saved — please try again in a moment.',
    'error.insufficientStorage': "The server's disk is full. Nothing was saved — tell the administrator.",
  },
});
