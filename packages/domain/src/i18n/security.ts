import { messages } from './types.ts';

// Web hardening: the refusal of a change sent from another site's page; a request naming a screen
// the app does not have as its purpose (X-Ostoja-Purpose, read logging).
export const security = messages({
  pl: {
    'error.foreignOrigin':
      'Odrzucono żądanie wysłane z innej strony internetowej. Otwórz Ostoję bezpośrednio i spróbuj ponownie.',
    'validation.purposeUnknown': 'Nieznany ekran w nagłówku X-Ostoja-Purpose. Odśwież stronę.',
  },
  uk: {
    'error.foreignOrigin':
      'Запит, надісланий з іншого вебсайту, відхилено. Відкрийте Ostoja безпосередньо і спробуйте ще раз.',
    'validation.purposeUnknown': 'Невідомий екран у заголовку X-Ostoja-Purpose. Оновіть сторінку.',
  },
  en: {
    'error.foreignOrigin':
      'A request sent from another website was refused. Open Ostoja directly and try again.',
    'validation.purposeUnknown': 'Unknown screen in the X-Ostoja-Purpose header. Reload the page.',
  },
});
