import type { MessageFile } from './types.ts';

// Alimony debtors (uFA art. 5, 8, 27–28): server messages of the debtor register and the debt.
export const alimonyDebtors: MessageFile = {
  pl: {
    'validation.alimonyFund.amountPositive': 'Kwota musi być większa od zera.',
    'validation.alimonyFund.futureDate': 'Ta data nie może być późniejsza niż dzisiaj.',
    'validation.alimonyFund.applicationNotFound': 'Nie ma takiego wniosku o fundusz alimentacyjny.',
    'error.alimonyDebtor.notGranted':
      'Dłużnika wpisuje się do rejestru po przyznaniu świadczeń z funduszu alimentacyjnego.',
    'error.alimonyDebtor.registered': 'Dłużnik z tego wniosku jest już w rejestrze.',
  },
  uk: {
    'validation.alimonyFund.amountPositive': 'Сума має бути більшою за нуль.',
    'validation.alimonyFund.futureDate': 'Ця дата не може бути пізнішою за сьогодні.',
    'validation.alimonyFund.applicationNotFound': 'Такої заяви до аліментного фонду немає.',
    'error.alimonyDebtor.notGranted':
      'Боржника вносять до реєстру після призначення виплат з аліментного фонду.',
    'error.alimonyDebtor.registered': 'Боржник за цією заявою вже є в реєстрі.',
  },
  en: {
    'validation.alimonyFund.amountPositive': 'The amount must be more than zero.',
    'validation.alimonyFund.futureDate': 'This date cannot be later than today.',
    'validation.alimonyFund.applicationNotFound': 'There is no such alimony fund application.',
    'error.alimonyDebtor.notGranted':
      'A debtor is entered in the register once alimony fund benefits are granted.',
    'error.alimonyDebtor.registered': 'The debtor of this application is already in the register.',
  },
};
