import { messages } from './types.ts';

// Alimony debtors (uFA art. 5, 8, 27–28): server messages of the debtor register and the debt.
export const alimonyDebtors = messages({
  pl: {
    'validation.alimonyFund.amountPositive': 'Kwota musi być większa od zera.',
    'validation.alimonyFund.futureDate': 'Ta data nie może być późniejsza niż dzisiaj.',
    'validation.alimonyFund.applicationNotFound': 'Nie ma takiego wniosku o fundusz alimentacyjny.',
    'error.alimonyDebtor.notGranted':
      'Dłużnika wpisuje się do rejestru po przyznaniu świadczeń z funduszu alimentacyjnego.',
    'error.alimonyDebtor.registered': 'Dłużnik z tego wniosku jest już w rejestrze.',
    'error.alimonyDebtor.notResident':
      'Działania wobec dłużnika prowadzi gmina jego zamieszkania — ten dłużnik mieszka w innej gminie.',
    'error.alimonyDebtor.stepNotAllowed':
      'Tego kroku ({step}) nie można teraz wykonać w postępowaniu wobec dłużnika.',
    'validation.alimonyDebtor.letterToday':
      'Pismo lub decyzję datuje się dniem sporządzenia — dzisiejszą datą.',
    'validation.alimonyDebtor.beforeLastStep': 'Data jest wcześniejsza niż poprzedni krok postępowania.',
    'validation.alimonyDebtor.onlyInterview': 'Odmowę zaznacza się tylko przy wywiadzie alimentacyjnym.',
  },
  uk: {
    'validation.alimonyFund.amountPositive': 'Сума має бути більшою за нуль.',
    'validation.alimonyFund.futureDate': 'Ця дата не може бути пізнішою за сьогодні.',
    'validation.alimonyFund.applicationNotFound': 'Такої заяви до аліментного фонду немає.',
    'error.alimonyDebtor.notGranted':
      'Боржника вносять до реєстру після призначення виплат з аліментного фонду.',
    'error.alimonyDebtor.registered': 'Боржник за цією заявою вже є в реєстрі.',
    'error.alimonyDebtor.notResident':
      'Заходи щодо боржника вживає гміна його проживання — цей боржник проживає в іншій гміні.',
    'error.alimonyDebtor.stepNotAllowed':
      'Цей крок ({step}) зараз не можна виконати у провадженні щодо боржника.',
    'validation.alimonyDebtor.letterToday':
      'Лист або рішення датується днем складання — сьогоднішньою датою.',
    'validation.alimonyDebtor.beforeLastStep': 'Дата раніша за попередній крок провадження.',
    'validation.alimonyDebtor.onlyInterview': 'Відмову позначають лише при аліментному опитуванні.',
  },
  en: {
    'validation.alimonyFund.amountPositive': 'The amount must be more than zero.',
    'validation.alimonyFund.futureDate': 'This date cannot be later than today.',
    'validation.alimonyFund.applicationNotFound': 'There is no such alimony fund application.',
    'error.alimonyDebtor.notGranted':
      'A debtor is entered in the register once alimony fund benefits are granted.',
    'error.alimonyDebtor.registered': 'The debtor of this application is already in the register.',
    'error.alimonyDebtor.notResident':
      'The gmina where the debtor lives acts towards them — this debtor lives in another gmina.',
    'error.alimonyDebtor.stepNotAllowed':
      'This step ({step}) cannot be taken now in the proceedings towards the debtor.',
    'validation.alimonyDebtor.letterToday':
      "A letter or decision is dated the day it is made — today's date.",
    'validation.alimonyDebtor.beforeLastStep':
      'The date is earlier than the previous step of the proceedings.',
    'validation.alimonyDebtor.onlyInterview': 'A refusal is marked only on the debtor interview.',
  },
});
