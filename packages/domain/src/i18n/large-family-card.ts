import { messages } from './types.ts';

// Karta Dużej Rodziny: the server's messages (validation, conflicts, why a member has no card).
export const largeFamilyCard = messages({
  pl: {
    'validation.largeFamilyCard.applicantMember': 'Wnioskodawca musi być członkiem rodziny we wniosku.',
    'validation.largeFamilyCard.schoolEnded':
      'Data zakończenia nauki nie może być wcześniejsza niż data wniosku.',
    'validation.largeFamilyCard.twice': 'Ta osoba jest już wpisana we wniosku.',
    'validation.largeFamilyCard.notLonger':
      'Nowe zaświadczenie nie przedłuża prawa do karty poza obecną datę ważności.',
    'error.largeFamilyCard.notExtendable': 'Przedłużyć można tylko kartę dziecka z określoną datą ważności.',
    'largeFamilyCard.reason.deprived': 'rodzic pozbawiony władzy rodzicielskiej (art. 4 ust. 3)',
    'largeFamilyCard.reason.fewerChildren': 'rodzic nie miał na utrzymaniu co najmniej trojga dzieci',
    'largeFamilyCard.reason.noRight': 'dziecko nie spełnia warunków wieku, nauki ani niepełnosprawności',
    'largeFamilyCard.reason.familyTooSmall': 'w rodzinie jest mniej niż troje dzieci uprawnionych',
  },
  uk: {
    'validation.largeFamilyCard.applicantMember': 'Заявник має бути членом родини в заяві.',
    'validation.largeFamilyCard.schoolEnded': 'Дата закінчення навчання не може бути раніше дати заяви.',
    'validation.largeFamilyCard.twice': 'Цю особу вже внесено до заяви.',
    'validation.largeFamilyCard.notLonger': 'Нова довідка не продовжує право на картку після чинної дати.',
    'error.largeFamilyCard.notExtendable': 'Продовжити можна лише картку дитини з визначеним терміном дії.',
    'largeFamilyCard.reason.deprived': 'батька чи матір позбавлено батьківських прав (ст. 4 п. 3)',
    'largeFamilyCard.reason.fewerChildren': 'на утриманні батька чи матері не було щонайменше трьох дітей',
    'largeFamilyCard.reason.noRight': 'дитина не відповідає умовам щодо віку, навчання чи інвалідності',
    'largeFamilyCard.reason.familyTooSmall': 'у родині менше трьох дітей з правом на картку',
  },
  en: {
    'validation.largeFamilyCard.applicantMember':
      'The applicant must be a member of the family in the application.',
    'validation.largeFamilyCard.schoolEnded':
      'The end of schooling cannot be before the date of the application.',
    'validation.largeFamilyCard.twice': 'This person is already in the application.',
    'validation.largeFamilyCard.notLonger':
      'The new certificate does not extend the right beyond the current validity.',
    'error.largeFamilyCard.notExtendable': "Only a child's card with an end date can be extended.",
    'largeFamilyCard.reason.deprived': 'a parent deprived of parental authority (art. 4(3))',
    'largeFamilyCard.reason.fewerChildren': 'the parent has not supported at least three children',
    'largeFamilyCard.reason.noRight': 'the child meets none of the age, schooling or disability conditions',
    'largeFamilyCard.reason.familyTooSmall': 'the family has fewer than three children with a right',
  },
});
