import { messages } from './types.ts';

// Karta Dużej Rodziny: the server's messages (validation, conflicts, why a member has no card).
export const largeFamilyCard = messages({
  pl: {
    'validation.largeFamilyCard.unknownOnline': 'Nie ma takiego wniosku z portalu.',
    'validation.largeFamilyCard.applicantParent':
      'Wniosek składa rodzic lub małżonek rodzica — wpisz go jako pierwszego.',
    'validation.largeFamilyCard.childOnly': 'Naukę i niepełnosprawność wpisuje się tylko przy dziecku.',
    'error.largeFamilyCard.onlineRegistered': 'Ten wniosek z portalu jest już zarejestrowany.',
    'largeFamilyCard.attachment.identity': 'dokumenty tożsamości członków rodziny (lub ich numery PESEL)',
    'largeFamilyCard.attachment.schoolCertificate':
      'zaświadczenie ze szkoły lub uczelni dla dziecka, które ukończyło 18 lat',
    'largeFamilyCard.attachment.disabilityCertificate':
      'orzeczenie o umiarkowanym lub znacznym stopniu niepełnosprawności dziecka',
    'largeFamilyCard.attachment.parenthood':
      'odpisy aktów urodzenia dzieci, których nie ma już w rodzinie (rodzic, który miał co najmniej troje dzieci)',
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
    'validation.largeFamilyCard.unknownOnline': 'Такої заяви з порталу немає.',
    'validation.largeFamilyCard.applicantParent':
      'Заяву подає батько, мати або їхній чоловік чи дружина — впишіть цю особу першою.',
    'validation.largeFamilyCard.childOnly': 'Навчання та інвалідність зазначаються лише для дитини.',
    'error.largeFamilyCard.onlineRegistered': 'Цю заяву з порталу вже зареєстровано.',
    'largeFamilyCard.attachment.identity':
      'документи, що посвідчують особу членів родини (або їхні номери PESEL)',
    'largeFamilyCard.attachment.schoolCertificate':
      'довідка зі школи чи вишу для дитини, якій виповнилося 18 років',
    'largeFamilyCard.attachment.disabilityCertificate':
      'рішення про помірний або значний ступінь інвалідності дитини',
    'largeFamilyCard.attachment.parenthood':
      'копії свідоцтв про народження дітей, які вже не входять до родини (батьки, що мали щонайменше трьох дітей)',
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
    'validation.largeFamilyCard.unknownOnline': 'There is no such portal application.',
    'validation.largeFamilyCard.applicantParent':
      "The application is made by a parent or a parent's spouse — enter them first.",
    'validation.largeFamilyCard.childOnly': 'Schooling and disability are entered for a child only.',
    'error.largeFamilyCard.onlineRegistered': 'This portal application is already registered.',
    'largeFamilyCard.attachment.identity': "the family members' identity documents (or their PESEL numbers)",
    'largeFamilyCard.attachment.schoolCertificate':
      'a school or university certificate for a child aged 18 or more',
    'largeFamilyCard.attachment.disabilityCertificate':
      "the child's moderate or significant disability certificate",
    'largeFamilyCard.attachment.parenthood':
      'birth certificates of children no longer in the family (a parent who has had at least three children)',
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
