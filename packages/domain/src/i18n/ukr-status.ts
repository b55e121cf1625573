import { messages } from './types.ts';

/** The UKR status of a person (act of 12.03.2022) and the residence check of the application flow (art. 5 ups). */
export const ukrStatus = messages({
  pl: {
    // The status and the reason of its loss, as the person page and the RODO export name them.
    'ukr.status.ukr': 'Status UKR',
    'ukr.status.lost': 'Status utracony',
    'ukr.status.none': 'Brak statusu',
    'ukr.reason.leftPoland': 'Wyjazd z Polski na ponad miesiąc',
    'ukr.reason.residencePermit': 'Udzielenie zezwolenia na pobyt',
    'ukr.reason.protectionElsewhere': 'Ochrona czasowa w innym państwie',
    'ukr.reason.other': 'Inny powód',
    'validation.ukrStatus.future': 'Data nie może być późniejsza niż dziś ({max})',
    'validation.ukrStatus.lostBeforeSince':
      'Data utraty statusu nie może być wcześniejsza niż data jego nadania',
    'benefits.residence.polishCitizen': 'Wnioskodawca jest obywatelem polskim.',
    'benefits.residence.eeaCitizen':
      'Wnioskodawca jest obywatelem państwa UE, EOG lub Szwajcarii — prawo do pomocy na zasadach ogólnych.',
    'benefits.residence.residenceTitle':
      'Wnioskodawca ma kartę pobytu — prawo do pomocy na zasadach ogólnych.',
    'benefits.residence.ukrStatus':
      'Obywatel Ukrainy ze statusem UKR (od {since}) — ta forma pomocy przysługuje na zasadach ustawy o pomocy społecznej.',
    'benefits.residence.notUnderUkrAct':
      'Odmowa: obywatel Ukrainy ze statusem UKR może otrzymać tylko interwencję kryzysową, schronienie, posiłek, niezbędne ubranie i zasiłek celowy, nie tę formę pomocy.',
    'benefits.residence.ukrStatusLost':
      'Odmowa: wnioskodawca utracił status UKR {lostOn} i nie ma zezwolenia na pobyt ani innego tytułu do pomocy.',
    'benefits.residence.noResidenceTitle':
      'Odmowa: cudzoziemiec bez zezwolenia na pobyt i bez statusu UKR nie ma prawa do pomocy społecznej.',
  },
  uk: {
    // The status and the reason of its loss, as the person page and the RODO export name them.
    'ukr.status.ukr': 'Статус UKR',
    'ukr.status.lost': 'Статус утрачено',
    'ukr.status.none': 'Без статусу',
    'ukr.reason.leftPoland': 'Виїзд із Польщі більш ніж на місяць',
    'ukr.reason.residencePermit': 'Надання дозволу на проживання',
    'ukr.reason.protectionElsewhere': 'Тимчасовий захист в іншій державі',
    'ukr.reason.other': 'Інша причина',
    'validation.ukrStatus.future': 'Дата не може бути пізнішою за сьогоднішню ({max})',
    'validation.ukrStatus.lostBeforeSince': 'Дата втрати статусу не може бути ранішою за дату його надання',
    'benefits.residence.polishCitizen': 'Заявник є громадянином Польщі.',
    'benefits.residence.eeaCitizen':
      'Заявник є громадянином держави ЄС, ЄЕЗ або Швейцарії — право на допомогу на загальних підставах.',
    'benefits.residence.residenceTitle':
      'Заявник має карту побиту — право на допомогу на загальних підставах.',
    'benefits.residence.ukrStatus':
      'Громадянин України зі статусом UKR (з {since}) — ця форма допомоги надається на умовах закону про соціальну допомогу.',
    'benefits.residence.notUnderUkrAct':
      'Відмова: громадянин України зі статусом UKR може отримати лише кризове втручання, притулок, харчування, необхідний одяг і цільову допомогу, але не цю форму допомоги.',
    'benefits.residence.ukrStatusLost':
      'Відмова: заявник утратив статус UKR {lostOn} і не має дозволу на проживання чи іншої підстави для допомоги.',
    'benefits.residence.noResidenceTitle':
      'Відмова: іноземець без дозволу на проживання і без статусу UKR не має права на соціальну допомогу.',
  },
  en: {
    // The status and the reason of its loss, as the person page and the RODO export name them.
    'ukr.status.ukr': 'UKR status',
    'ukr.status.lost': 'Status lost',
    'ukr.status.none': 'No status',
    'ukr.reason.leftPoland': 'Left Poland for over a month',
    'ukr.reason.residencePermit': 'A residence permit granted',
    'ukr.reason.protectionElsewhere': 'Temporary protection in another state',
    'ukr.reason.other': 'Another reason',
    'validation.ukrStatus.future': 'The date cannot be later than today ({max})',
    'validation.ukrStatus.lostBeforeSince':
      'The day the status was lost cannot be before the day it was given',
    'benefits.residence.polishCitizen': 'The applicant is a Polish citizen.',
    'benefits.residence.eeaCitizen':
      'The applicant is a citizen of an EU or EEA state or Switzerland — help on the general rules.',
    'benefits.residence.residenceTitle': 'The applicant holds a residence card — help on the general rules.',
    'benefits.residence.ukrStatus':
      'A citizen of Ukraine with the UKR status (since {since}) — this form of help is available on the rules of the Social Assistance Act.',
    'benefits.residence.notUnderUkrAct':
      'Refused: a citizen of Ukraine with the UKR status may get only crisis intervention, shelter, a meal, necessary clothing and a special-purpose benefit, not this form of help.',
    'benefits.residence.ukrStatusLost':
      'Refused: the applicant lost the UKR status on {lostOn} and holds no residence permit or other title to help.',
    'benefits.residence.noResidenceTitle':
      'Refused: a foreigner without a residence permit and without the UKR status has no right to social assistance.',
  },
});
