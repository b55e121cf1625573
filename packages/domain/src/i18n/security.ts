import { messages } from './types.ts';

// Web hardening: the refusal of a change sent from another site's page.
export const security = messages({
  pl: {
    'error.foreignOrigin':
      'Odrzucono żądanie wysłane z innej strony internetowej. Otwórz Ostoję bezpośrednio i spróbuj ponownie.',
  },
  uk: {
    'error.foreignOrigin':
      'Запит, надісланий з іншого вебсайту, відхилено. Відкрийте Ostoja безпосередньо і спробуйте ще раз.',
  },
  en: {
    'error.foreignOrigin':
      'A request sent from another website was refused. Open Ostoja directly and try again.',
  },
});
