import type { MessageFile } from './types.ts';

/** Errors of availability and of input the database refused (issue 13, reliability). */
export const reliability: MessageFile = {
  pl: {
    'error.databaseUnavailable':
      'Baza danych jest chwilowo niedostępna (np. trwa jej restart). Spróbuj ponownie za kilka sekund.',
  },
  uk: {
    'error.databaseUnavailable':
      'База даних тимчасово недоступна (наприклад, перезапускається). Спробуйте ще раз за кілька секунд.',
  },
  en: {
    'error.databaseUnavailable':
      'The database is temporarily unavailable (for example, restarting). Please try again in a few seconds.',
  },
};
