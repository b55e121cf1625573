import { messages } from '@ostoja/domain/i18n/types';

// The UKR status on the person page (act of 12.03.2022 on help to citizens of Ukraine).
export const uiUkrStatus = messages({
  pl: {
    'ukr.title': 'Status UKR (pomoc obywatelom Ukrainy)',
    'ukr.lead':
      'PESEL ze statusem UKR daje obywatelowi Ukrainy prawo do części pomocy ośrodka: interwencji kryzysowej, schronienia, posiłku, niezbędnego ubrania i zasiłku celowego. Status traci się m.in. po wyjeździe z Polski na ponad miesiąc.',
    'ukr.status': 'Status',
    'ukr.since': 'Nadany od',
    'ukr.lostOn': 'Utracony dnia',
    'ukr.lostReason': 'Powód utraty',
    'ukr.history': 'Historia zmian statusu UKR',
    'ukr.noHistory': 'Status nie był jeszcze zmieniany.',
    'ukr.changedBy': 'Kto zmienił',
    'ukr.changedAt': 'Kiedy',
    'ukr.change': 'Zmień status UKR',
    'ukr.save': 'Zapisz status',
    'ukr.saved': 'Status UKR zapisany.',
    'auditEntity.personUkrStatus': 'status UKR osoby',
  },
  uk: {
    'ukr.title': 'Статус UKR (допомога громадянам України)',
    'ukr.lead':
      'PESEL зі статусом UKR дає громадянину України право на частину допомоги центру: кризове втручання, притулок, харчування, необхідний одяг і цільову допомогу. Статус втрачається, зокрема, після виїзду з Польщі більш ніж на місяць.',
    'ukr.status': 'Статус',
    'ukr.since': 'Надано з',
    'ukr.lostOn': 'Утрачено',
    'ukr.lostReason': 'Причина втрати',
    'ukr.history': 'Історія змін статусу UKR',
    'ukr.noHistory': 'Статус ще не змінювався.',
    'ukr.changedBy': 'Хто змінив',
    'ukr.changedAt': 'Коли',
    'ukr.change': 'Змінити статус UKR',
    'ukr.save': 'Зберегти статус',
    'ukr.saved': 'Статус UKR збережено.',
    'auditEntity.personUkrStatus': 'статус UKR особи',
  },
  en: {
    'ukr.title': 'UKR status (help to citizens of Ukraine)',
    'ukr.lead':
      'A PESEL with the UKR status gives a citizen of Ukraine part of the centre’s help: crisis intervention, shelter, a meal, necessary clothing and a special-purpose benefit. The status is lost, among others, after leaving Poland for over a month.',
    'ukr.status': 'Status',
    'ukr.since': 'Given on',
    'ukr.lostOn': 'Lost on',
    'ukr.lostReason': 'Reason for the loss',
    'ukr.history': 'History of the UKR status',
    'ukr.noHistory': 'The status has not been changed yet.',
    'ukr.changedBy': 'Changed by',
    'ukr.changedAt': 'When',
    'ukr.change': 'Change the UKR status',
    'ukr.save': 'Save the status',
    'ukr.saved': 'The UKR status is saved.',
    'auditEntity.personUkrStatus': 'person’s UKR status',
  },
});
