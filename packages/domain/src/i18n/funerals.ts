import { messages } from './types.ts';

// Funerals the centre arranges (art. 44 ups): the server's messages.
export const funerals = messages({
  pl: {
    'validation.funerals.deathInFuture': 'Data zgonu nie może być późniejsza niż dzisiaj.',
    'validation.funerals.orderedBeforeDeath': 'Pogrzebu nie można zlecić przed datą zgonu.',
    'validation.funerals.noLimit':
      'Brak uchwały o limicie kosztów pogrzebu obowiązującej w dniu zlecenia — wprowadź ją najpierw.',
    'validation.funerals.overLimitReason':
      'Koszt przekracza limit z uchwały — podaj uzasadnienie przekroczenia.',
    'validation.funerals.amountMin': 'Podaj kwotę większą od zera.',
    'validation.funerals.unknownHome': 'Nie ma takiego zakładu pogrzebowego w rejestrze umów.',
    'validation.funerals.unknownPerson': 'Nie ma takiej osoby w rejestrze lub nie masz do niej dostępu.',
    'validation.funerals.receivedOverCost': 'Odzyskana kwota przekroczyłaby koszt pogrzebu ({cost}).',
    'validation.funerals.recoveryBeforeOrder': 'Data nie może być wcześniejsza niż zlecenie pogrzebu.',
    'error.funerals.limitExists': 'Ta uchwała z tą datą wejścia w życie została już wprowadzona.',
    'error.funerals.already': 'Centrum już sprawia pogrzeb tej osoby ({number}).',
  },
  uk: {
    'validation.funerals.deathInFuture': 'Дата смерті не може бути пізнішою за сьогодні.',
    'validation.funerals.orderedBeforeDeath': 'Не можна замовити похорон до дати смерті.',
    'validation.funerals.noLimit':
      'Немає ухвали про ліміт витрат на похорон, чинної на день замовлення, — спершу внесіть її.',
    'validation.funerals.overLimitReason': 'Вартість перевищує ліміт з ухвали — вкажіть обґрунтування.',
    'validation.funerals.amountMin': 'Вкажіть суму більшу за нуль.',
    'validation.funerals.unknownHome': 'Такого похоронного бюро немає в реєстрі договорів.',
    'validation.funerals.unknownPerson': 'Такої особи немає в реєстрі або у вас немає до неї доступу.',
    'validation.funerals.receivedOverCost': 'Повернена сума перевищила б вартість похорону ({cost}).',
    'validation.funerals.recoveryBeforeOrder': 'Дата не може бути ранішою за замовлення похорону.',
    'error.funerals.limitExists': 'Цю ухвалу з цією датою набрання чинності вже внесено.',
    'error.funerals.already': 'Центр уже організовує похорон цієї особи ({number}).',
  },
  en: {
    'validation.funerals.deathInFuture': 'The date of death cannot be later than today.',
    'validation.funerals.orderedBeforeDeath': 'A funeral cannot be ordered before the date of death.',
    'validation.funerals.noLimit':
      'No resolution on the funeral cost limit is in force on the order date — enter it first.',
    'validation.funerals.overLimitReason': 'The cost exceeds the resolution’s limit — give the reason.',
    'validation.funerals.amountMin': 'Enter an amount greater than zero.',
    'validation.funerals.unknownHome': 'There is no such funeral home among the contracts.',
    'validation.funerals.unknownPerson':
      'There is no such person in the registry, or you have no access to them.',
    'validation.funerals.receivedOverCost': 'The amount recovered would exceed the funeral’s cost ({cost}).',
    'validation.funerals.recoveryBeforeOrder': 'The date cannot be earlier than the funeral’s order.',
    'error.funerals.limitExists':
      'This resolution with this date of entry into force has already been entered.',
    'error.funerals.already': 'The centre already arranges this person’s funeral ({number}).',
  },
});
