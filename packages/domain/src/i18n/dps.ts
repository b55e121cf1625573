import { messages } from './types.ts';

// Domy pomocy społecznej (art. 54–61, 64, 64a ups): the fee's steps and the server's messages.
export const dps = messages({
  pl: {
    'dps.step.cost': 'Średni miesięczny koszt utrzymania mieszkańca w {home} od {from}: {cost}.',
    'dps.step.resident': 'Mieszkaniec: {pct}% dochodu {income}, tj. {amount} miesięcznie.',
    'dps.step.relative':
      '{name} ({relation}): dochód ponad 300% kryterium ({threshold}), umowa na {agreed}; opłata {amount} miesięcznie.',
    'dps.step.relativeExempt':
      '{name} ({relation}): umowa na {agreed}, zwolnienie o {pct}%; opłata {amount} miesięcznie.',
    'dps.step.gmina': 'Gmina pokrywa różnicę do średniego kosztu: {amount} miesięcznie.',
    'dps.relation.spouse': 'małżonek',
    'dps.relation.descendant': 'zstępny',
    'dps.relation.ascendant': 'wstępny',
    'error.dps.openReferral': 'Ta osoba ma już otwarte skierowanie do domu pomocy społecznej.',
    'error.dps.alreadyReferred': 'Decyzja kierująca została już wydana.',
    'error.dps.notReferred': 'Najpierw wydaj decyzję kierującą do domu pomocy społecznej.',
    'error.dps.feeDecided': 'Decyzja ustalająca opłatę została już wydana.',
    'error.dps.alreadyAdmitted': 'Przyjęcie do domu zostało już zapisane.',
    'validation.dps.homeExists': 'Dom o tej nazwie jest już w rejestrze.',
    'validation.dps.costExists': 'Koszt obowiązujący od tego dnia jest już wprowadzony.',
    'validation.dps.unknownHome': 'Nie ma takiego domu w rejestrze.',
    'validation.dps.documentsMissing':
      'Do skierowania dołącz zgodę osoby i zaświadczenie lekarskie (art. 54 ust. 1 i art. 59 ustawy).',
    'validation.dps.beforeConsent': 'Decyzja nie może poprzedzać zgody osoby na umieszczenie w domu.',
    'validation.dps.beforeReferral': 'Data nie może poprzedzać decyzji kierującej.',
    'validation.dps.noCost': 'Na ten dzień nie wprowadzono średniego kosztu utrzymania w wybranym domu.',
    'validation.dps.residentPctMax': 'Mieszkaniec wnosi najwyżej 70% swojego dochodu.',
    'validation.dps.atOrBelowThreshold':
      'Dochód tej osoby nie przekracza 300% kryterium: nie może zawrzeć umowy o opłatę.',
    'validation.dps.leavesBelowThreshold':
      'Po opłacie tej osobie zostałoby mniej niż 300% kryterium: obniż kwotę umowy.',
    'validation.dps.art64aWhole': 'Zwolnienie z art. 64a jest zawsze całkowite (100%).',
    'validation.dps.notReferred': 'Przyjęcie wymaga wcześniejszej decyzji kierującej.',
    'validation.dps.admittedBeforeReferral': 'Data przyjęcia nie może poprzedzać decyzji kierującej.',
    'validation.dps.month': 'Podaj miesiąc w postaci RRRR-MM.',
  },
  uk: {
    'dps.step.cost': 'Середня місячна вартість утримання мешканця в {home} з {from}: {cost}.',
    'dps.step.resident': 'Мешканець: {pct}% доходу {income}, тобто {amount} на місяць.',
    'dps.step.relative':
      '{name} ({relation}): дохід понад 300% критерію ({threshold}), договір на {agreed}; оплата {amount} на місяць.',
    'dps.step.relativeExempt':
      '{name} ({relation}): договір на {agreed}, звільнення на {pct}%; оплата {amount} на місяць.',
    'dps.step.gmina': 'Гміна покриває різницю до середньої вартості: {amount} на місяць.',
    'dps.relation.spouse': 'подружжя',
    'dps.relation.descendant': 'нащадок',
    'dps.relation.ascendant': 'предок',
    'error.dps.openReferral': 'Ця особа вже має відкрите направлення до будинку соціальної допомоги.',
    'error.dps.alreadyReferred': 'Рішення про направлення вже видано.',
    'error.dps.notReferred': 'Спочатку видайте рішення про направлення до будинку соціальної допомоги.',
    'error.dps.feeDecided': 'Рішення про встановлення оплати вже видано.',
    'error.dps.alreadyAdmitted': 'Прийняття до будинку вже записано.',
    'validation.dps.homeExists': 'Будинок з такою назвою вже є в реєстрі.',
    'validation.dps.costExists': 'Вартість, чинна з цього дня, вже внесена.',
    'validation.dps.unknownHome': 'У реєстрі немає такого будинку.',
    'validation.dps.documentsMissing':
      'До направлення додайте згоду особи та медичну довідку (ст. 54 п. 1 і ст. 59 закону).',
    'validation.dps.beforeConsent': 'Рішення не може передувати згоді особи на поміщення до будинку.',
    'validation.dps.beforeReferral': 'Дата не може передувати рішенню про направлення.',
    'validation.dps.noCost': 'На цей день не внесено середньої вартості утримання у вибраному будинку.',
    'validation.dps.residentPctMax': 'Мешканець сплачує щонайбільше 70% свого доходу.',
    'validation.dps.atOrBelowThreshold':
      'Дохід цієї особи не перевищує 300% критерію: вона не може укласти договір про оплату.',
    'validation.dps.leavesBelowThreshold':
      'Після оплати цій особі залишилося б менше 300% критерію: зменште суму договору.',
    'validation.dps.art64aWhole': 'Звільнення за ст. 64a завжди повне (100%).',
    'validation.dps.notReferred': 'Прийняття вимагає попереднього рішення про направлення.',
    'validation.dps.admittedBeforeReferral': 'Дата прийняття не може передувати рішенню про направлення.',
    'validation.dps.month': 'Вкажіть місяць у форматі РРРР-ММ.',
  },
  en: {
    'dps.step.cost': 'Average monthly cost of a resident in {home} from {from}: {cost}.',
    'dps.step.resident': 'The resident: {pct}% of the income of {income}, that is {amount} a month.',
    'dps.step.relative':
      '{name} ({relation}): income above 300% of the criterion ({threshold}), agreement for {agreed}; pays {amount} a month.',
    'dps.step.relativeExempt':
      '{name} ({relation}): agreement for {agreed}, exempted by {pct}%; pays {amount} a month.',
    'dps.step.gmina': 'The gmina pays the difference up to the average cost: {amount} a month.',
    'dps.relation.spouse': 'spouse',
    'dps.relation.descendant': 'descendant',
    'dps.relation.ascendant': 'ascendant',
    'error.dps.openReferral': 'This person already has an open referral to a care home.',
    'error.dps.alreadyReferred': 'The referral decision has already been issued.',
    'error.dps.notReferred': 'Issue the referral decision first.',
    'error.dps.feeDecided': 'The fee decision has already been issued.',
    'error.dps.alreadyAdmitted': 'The admission has already been recorded.',
    'validation.dps.homeExists': 'A home with this name is already in the register.',
    'validation.dps.costExists': 'A cost in force from this day has already been entered.',
    'validation.dps.unknownHome': 'There is no such home in the register.',
    'validation.dps.documentsMissing':
      'Attach the person’s consent and the medical certificate to the referral (art. 54(1) and art. 59 of the act).',
    'validation.dps.beforeConsent': 'The decision cannot precede the person’s consent to the stay.',
    'validation.dps.beforeReferral': 'The date cannot precede the referral decision.',
    'validation.dps.noCost': 'No average monthly cost of the chosen home is in force on this day.',
    'validation.dps.residentPctMax': 'The resident pays at most 70% of their income.',
    'validation.dps.atOrBelowThreshold':
      'This person’s income does not exceed 300% of the criterion: they cannot agree to pay.',
    'validation.dps.leavesBelowThreshold':
      'After paying, this person would keep less than 300% of the criterion: lower the agreed amount.',
    'validation.dps.art64aWhole': 'An art. 64a exemption is always whole (100%).',
    'validation.dps.notReferred': 'Admission needs the referral decision first.',
    'validation.dps.admittedBeforeReferral': 'The admission date cannot precede the referral decision.',
    'validation.dps.month': 'Give the month as YYYY-MM.',
  },
});
