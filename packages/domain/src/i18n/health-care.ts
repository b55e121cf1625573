import { messages } from './types.ts';

// Health-care entitlement decisions (art. 54 ustawy o świadczeniach opieki zdrowotnej): the server's messages.
export const healthCare = messages({
  pl: {
    'healthCare.step.criterion':
      'Dochód gospodarstwa {income} przy kryterium {criterion} na {size} os. ({limit}): {verdict}.',
    'healthCare.step.within': 'nie przekracza kryterium',
    'healthCare.step.over': 'przekracza kryterium',
    'healthCare.step.period': 'Prawo do świadczeń przez 90 dni: od {from} do {to}.',
    'healthCare.step.insured': 'Prawo wygasa dzień przed objęciem ubezpieczeniem zdrowotnym: do {to}.',
    'validation.healthCare.careStartRequired': 'Podaj pierwszy dzień udzielonej pomocy w stanie nagłym.',
    'validation.healthCare.careAfterApplication':
      'Pierwszy dzień pomocy nie może być późniejszy niż wniosek szpitala.',
    'validation.healthCare.rightEnded':
      'Prawo liczone od tej daty wygasło {to} — decyzja nie może potwierdzać prawa, które już minęło.',
    'validation.healthCare.alreadyInsured': 'Osoba była ubezpieczona od tego dnia — prawo nie powstało.',
    'validation.healthCare.appliedInFuture': 'Data wniosku nie może być późniejsza niż data decyzji.',
  },
  uk: {
    'healthCare.step.criterion':
      'Дохід домогосподарства {income} при критерії {criterion} на {size} ос. ({limit}): {verdict}.',
    'healthCare.step.within': 'не перевищує критерію',
    'healthCare.step.over': 'перевищує критерій',
    'healthCare.step.period': 'Право на медичні послуги на 90 днів: з {from} до {to}.',
    'healthCare.step.insured': 'Право припиняється за день до набуття медичного страхування: до {to}.',
    'validation.healthCare.careStartRequired': 'Вкажіть перший день допомоги в невідкладному стані.',
    'validation.healthCare.careAfterApplication':
      'Перший день допомоги не може бути пізнішим за заяву лікарні.',
    'validation.healthCare.rightEnded':
      'Право, обчислене від цієї дати, закінчилося {to} — рішення не може підтверджувати право, що вже минуло.',
    'validation.healthCare.alreadyInsured': 'Особа була застрахована з цього дня — право не виникло.',
    'validation.healthCare.appliedInFuture': 'Дата заяви не може бути пізнішою за дату рішення.',
  },
  en: {
    'healthCare.step.criterion':
      'Household income {income} against the criterion {criterion} for {size} person(s) ({limit}): {verdict}.',
    'healthCare.step.within': 'within the criterion',
    'healthCare.step.over': 'above the criterion',
    'healthCare.step.period': 'The right to health care for 90 days: from {from} to {to}.',
    'healthCare.step.insured': 'The right ends the day before the person becomes insured: on {to}.',
    'validation.healthCare.careStartRequired': 'Enter the first day of the emergency care.',
    'validation.healthCare.careAfterApplication':
      'The first day of care cannot be later than the hospital’s application.',
    'validation.healthCare.rightEnded':
      'The right counted from this date ended on {to} — a decision cannot confirm a right already over.',
    'validation.healthCare.alreadyInsured': 'The person was insured from that day — the right never began.',
    'validation.healthCare.appliedInFuture': 'The application date cannot be later than the decision date.',
  },
});
