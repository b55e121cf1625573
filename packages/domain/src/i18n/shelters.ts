import { messages } from './types.ts';

// Shelter referrals (art. 48a ups): the fee's steps and the server's messages.
export const shelters = messages({
  pl: {
    'shelters.step.resolution': 'Odpłatność według uchwały {number}, obowiązującej od {validFrom}.',
    'shelters.step.cost': 'Koszt jednej doby pobytu: {cost}.',
    'shelters.step.band':
      'Dochód powyżej {over}% do {upTo}% kryterium: odpłatność {pct}% kosztu, tj. {fee} za dobę.',
    'shelters.step.free': 'Dochód nie przekracza {upTo}% kryterium: pobyt nieodpłatny.',
    'shelters.step.total': 'Za {days} dób pobytu: {fee}.',
    'validation.shelters.placesMin': 'Podaj liczbę miejsc większą od zera.',
    'validation.shelters.unknownShelter': 'Nie ma takiego miejsca w rejestrze schronisk.',
    'validation.shelters.unknownPerson': 'Nie ma takiej osoby w rejestrze lub nie masz do niej dostępu.',
    'validation.shelters.applicationRequired':
      'Decyzja o schronisku albo odpłatność wymaga wniosku z wywiadem środowiskowym.',
    'error.shelters.full': 'W tym miejscu nie ma wolnych miejsc w podanym okresie.',
    'error.shelters.resolutionExists': 'Ta uchwała z tą datą wejścia w życie została już wprowadzona.',
  },
  uk: {
    'shelters.step.resolution': 'Плата згідно з ухвалою {number}, чинною з {validFrom}.',
    'shelters.step.cost': 'Вартість однієї доби перебування: {cost}.',
    'shelters.step.band':
      'Дохід понад {over}% до {upTo}% критерію: плата {pct}% вартості, тобто {fee} за добу.',
    'shelters.step.free': 'Дохід не перевищує {upTo}% критерію: перебування безоплатне.',
    'shelters.step.total': 'За {days} діб перебування: {fee}.',
    'validation.shelters.placesMin': 'Вкажіть кількість місць більшу за нуль.',
    'validation.shelters.unknownShelter': 'Такого місця немає в реєстрі притулків.',
    'validation.shelters.unknownPerson': 'Такої особи немає в реєстрі або у вас немає до неї доступу.',
    'validation.shelters.applicationRequired':
      'Рішення про притулок або плата потребує заяви з обстеженням умов проживання.',
    'error.shelters.full': 'У цьому місці немає вільних місць у вказаний період.',
    'error.shelters.resolutionExists': 'Цю ухвалу з цією датою набрання чинності вже внесено.',
  },
  en: {
    'shelters.step.resolution': 'Fee under resolution {number}, in force from {validFrom}.',
    'shelters.step.cost': 'Cost of one day’s stay: {cost}.',
    'shelters.step.band':
      'Income above {over}% up to {upTo}% of the criterion: fee {pct}% of the cost, i.e. {fee} a day.',
    'shelters.step.free': 'Income does not exceed {upTo}% of the criterion: the stay is free.',
    'shelters.step.total': 'For {days} days of stay: {fee}.',
    'validation.shelters.placesMin': 'Enter a number of places greater than zero.',
    'validation.shelters.unknownShelter': 'There is no such place in the register of shelters.',
    'validation.shelters.unknownPerson':
      'There is no such person in the registry, or you have no access to them.',
    'validation.shelters.applicationRequired':
      'A shelter decision or a fee needs an application with a home visit.',
    'error.shelters.full': 'This place has no free places in the period given.',
    'error.shelters.resolutionExists':
      'This resolution with this date of entry into force has already been entered.',
  },
});
