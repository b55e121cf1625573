import { messages } from './types.ts';

// Social work (case files, notes, tasks, social contracts): server errors and validation.
export const socialWork = messages({
  pl: {
    'validation.art11.notBroken': 'Wskaż niedotrzymany kontrakt socjalny członka tej rodziny.',
    'reporting.indicator.socialWork.families': 'rodziny objęte pracą socjalną',
    'reporting.indicator.socialWork.persons': 'osoby w rodzinach objętych pracą socjalną',
    'reporting.indicator.socialWork.familiesWithoutBenefit':
      'rodziny objęte wyłącznie pracą socjalną (bez świadczeń)',
    'reporting.indicator.socialContracts.concluded': 'zawarte (podpisane) kontrakty socjalne',
    'reporting.indicator.socialContracts.completed': 'kontrakty socjalne zrealizowane',
    'reporting.indicator.socialContracts.broken': 'kontrakty socjalne niedotrzymane',
    'error.caseFileClosed': 'Teczka jest zamknięta — nie można w niej nic dopisać.',
    'error.socialContract.actionNotAllowed':
      'Tej czynności nie można wykonać przy obecnym stanie kontraktu. Odśwież stronę.',
    'error.socialContract.notBroken': 'Skutki z art. 11 ust. 2 dotyczą tylko kontraktu niedotrzymanego.',
    'validation.caseFile.reviewBeforeOpening':
      'Termin przeglądu nie może być wcześniejszy niż data założenia teczki.',
    'validation.caseFile.closedBeforeOpening':
      'Data zamknięcia nie może być wcześniejsza niż data założenia teczki.',
    'validation.contract.endsBeforeStart': 'Kontrakt nie może kończyć się przed datą zawarcia.',
    'validation.contract.notMember': 'Kontrakt zawiera się z członkiem tej rodziny.',
    'validation.contract.actionBeforeConclusion':
      'Data nie może być wcześniejsza niż data zawarcia kontraktu.',
  },
  uk: {
    'validation.art11.notBroken': 'Вкажіть порушений соціальний контракт члена цієї родини.',
    'reporting.indicator.socialWork.families': 'сім’ї, охоплені соціальною роботою',
    'reporting.indicator.socialWork.persons': 'особи в сім’ях, охоплених соціальною роботою',
    'reporting.indicator.socialWork.familiesWithoutBenefit': 'сім’ї лише з соціальною роботою (без допомоги)',
    'reporting.indicator.socialContracts.concluded': 'укладені (підписані) соціальні контракти',
    'reporting.indicator.socialContracts.completed': 'виконані соціальні контракти',
    'reporting.indicator.socialContracts.broken': 'порушені соціальні контракти',
    'error.caseFileClosed': 'Справу закрито — до неї нічого не можна додати.',
    'error.socialContract.actionNotAllowed':
      'Цю дію не можна виконати за поточного стану контракту. Оновіть сторінку.',
    'error.socialContract.notBroken': 'Наслідки за ст. 11 ч. 2 стосуються лише порушеного контракту.',
    'validation.caseFile.reviewBeforeOpening': 'Дата перегляду не може бути раніше дати відкриття справи.',
    'validation.caseFile.closedBeforeOpening': 'Дата закриття не може бути раніше дати відкриття справи.',
    'validation.contract.endsBeforeStart': 'Контракт не може закінчуватися раніше дати укладення.',
    'validation.contract.notMember': 'Контракт укладається з членом цієї родини.',
    'validation.contract.actionBeforeConclusion': 'Дата не може бути раніше дати укладення контракту.',
  },
  en: {
    'validation.art11.notBroken': 'Choose a broken social contract of a member of this household.',
    'reporting.indicator.socialWork.families': 'families in social work',
    'reporting.indicator.socialWork.persons': 'persons in families in social work',
    'reporting.indicator.socialWork.familiesWithoutBenefit': 'families in social work only (no benefit)',
    'reporting.indicator.socialContracts.concluded': 'social contracts concluded (signed)',
    'reporting.indicator.socialContracts.completed': 'social contracts completed',
    'reporting.indicator.socialContracts.broken': 'social contracts broken',
    'error.caseFileClosed': 'The case file is closed — nothing can be added to it.',
    'error.socialContract.actionNotAllowed':
      'This cannot be done in the contract’s present state. Reload the page.',
    'error.socialContract.notBroken': 'The art. 11(2) consequences apply to a broken contract only.',
    'validation.caseFile.reviewBeforeOpening': 'The review date cannot be before the case file was opened.',
    'validation.caseFile.closedBeforeOpening': 'The closing date cannot be before the case file was opened.',
    'validation.contract.endsBeforeStart': 'The contract cannot end before the date it is concluded.',
    'validation.contract.notMember': 'The contract is made with a member of this household.',
    'validation.contract.actionBeforeConclusion': 'The date cannot be before the contract was concluded.',
  },
});
