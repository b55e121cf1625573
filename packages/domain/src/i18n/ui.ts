import type { MessageFile } from './types.ts';

// Strings of the web app's shell. Module screens keep theirs in their own file.
export const ui: MessageFile = {
  pl: {
    'app.name': 'Ostoja',
  },
  uk: {
    'app.name': 'Ostoja',
  },
  en: {
    'app.name': 'Ostoja',
  },
};
