import type { IndicatorInput, StrategyInput } from './strategy.ts';

// Demo data: the structure of Pruszków's "Strategia Rozwiązywania Problemów Społecznych
// Miasta Pruszkowa na lata 2023–2029" and the hand-entered figures of its 2024 report, as
// seed 002 prints them. Every figure the centre (with its alcohol commission and consultation
// point) produces is `computed` from its records; `manual` rows are only those other bodies
// supply (schools, the labour office, treatment facilities, camp organisers), those Ostoja keeps
// no register of yet (staff trainings, the one-off benefit for citizens of Ukraine), and the
// narrative ones — each with its source, entered once a year.

type Ind = IndicatorInput & { demo2024?: { value?: number; text?: string } };

const computed = (label: string, queryKey: string, unit: 'count' | 'grosze' = 'count'): Ind => ({
  label,
  kind: 'computed',
  queryKey,
  unit,
});
const manual = (label: string, source: string, value?: number): Ind => ({
  label,
  kind: 'manual',
  unit: 'count',
  source,
  ...(value === undefined ? {} : { demo2024: { value } }),
});
const narrative = (label: string, source: string, text: string): Ind => ({
  label,
  kind: 'manual',
  unit: 'text',
  source,
  demo2024: { text },
});
const dir = (title: string, ...indicators: Ind[]) => ({ title, indicators });

const MOPS = 'MOPS w Pruszkowie';
const MKRPA = 'Miejska Komisja Rozwiązywania Problemów Alkoholowych';
const TREATMENT = 'Placówki leczenia odwykowego — sprawozdania w ramach GPPiRPA';
const NOT_MODELLED = 'wpis ręczny — rejestr prowadzony poza Ostoją';

export const PRUSZKOW_STRATEGY = {
  title: 'Strategia Rozwiązywania Problemów Społecznych Miasta Pruszkowa na lata 2023–2029',
  resolution: 'Uchwała Nr LXXXIII.765.2023 Rady Miasta Pruszkowa z dnia 28 września 2023 roku',
  adoptedOn: '2023-09-28',
  yearFrom: 2023,
  yearTo: 2029,
  mainGoal:
    'Tworzenie społeczności opartej na integracji wszystkich grup społecznych poprzez zmianę postrzegania potrzeb osób trzecich oraz zwiększenie wrażliwości społecznej. Miasto Pruszków to miejsce bezpieczne i dostępne, w którym dąży się do osiągnięcia pełnej tolerancji, dostępności i równości dla wszystkich mieszkańców.',
  goals: [
    {
      title: 'Kompleksowe wsparcie mieszkańców oraz rodzin z terenu Miasta Pruszkowa',
      operationalGoals: [
        {
          title: 'Wzmacnianie kompetencji rodziny w pełnieniu funkcji opiekuńczo-wychowawczej',
          directions: [
            dir(
              'Prowadzenie pracy socjalnej, zwiększenie liczby asystentów rodziny zgodnie z potrzebami',
              computed('Pracownicy socjalni prowadzący pracę socjalną', 'staff.socialWorkers'),
              computed('Asystenci rodziny realizujący asystę rodziny', 'staff.familyAssistants'),
              computed('Rodziny objęte pracą socjalną', 'socialWork.families'),
              computed('Rodziny objęte pracą asystenta rodziny', 'familySupport.familiesWithAssistant'),
              computed('Dzieci z Pruszkowa w pieczy zastępczej', 'fosterCare.children'),
            ),
            dir(
              'Wsparcie działań pedagoga ulicy',
              computed(
                'Dzieci objęte pracą pedagogów ulicy (projekt „Pruszkowska Trampolina II”)',
                'programs.participants.euProject',
              ),
            ),
            dir(
              'Promowanie zdrowego modelu życia i pozytywnych wzorców rodziny',
              narrative(
                'Działania asystentów rodziny',
                MOPS,
                'Działania dotyczące zdrowego modelu życia prowadzą asystenci we wszystkich rodzinach, z którymi współpracują.',
              ),
            ),
            dir(
              'Podejmowanie działań profilaktyczno-edukacyjnych w stosunku do rodzin zagrożonych patologiami',
              manual(
                'Uczestnicy rekomendowanych programów profilaktycznych w placówkach oświatowych',
                'Placówki oświatowe',
                3882,
              ),
            ),
            dir(
              'Kontynuacja programów „Posiłek w szkole i w domu”',
              computed('Dzieci objęte pomocą w formie ciepłego posiłku', 'meals.pupils'),
              computed('Osoby dorosłe objęte pomocą w formie ciepłego posiłku', 'meals.adults'),
              computed(
                'Osoby objęte świadczeniem pieniężnym na zakup posiłku lub żywności',
                'meals.cashForFood',
              ),
              computed('Wydane posiłki', 'meals.served'),
            ),
            dir(
              'Monitorowanie środowisk zagrożonych trudnymi sytuacjami życiowymi',
              computed('Konsultacje psychologiczne', 'counselling.psychological'),
            ),
          ],
        },
        {
          title: 'Tworzenie odpowiednich warunków do życia i pracy',
          directions: [
            dir(
              'Współpraca z Powiatowym Urzędem Pracy w Pruszkowie poprzez zatrudnianie beneficjentów w ramach robót publicznych oraz prac społecznie użytecznych',
              manual('Osoby wykonujące prace społecznie użyteczne', 'Porozumienie gminy z powiatem (PUP)', 3),
            ),
            dir(
              'Prowadzenie pracy socjalnej z osobami bezrobotnymi, w tym w oparciu o kontrakt socjalny',
              computed(
                'Rodziny objęte pomocą materialną z powodu bezrobocia',
                'assistance.familiesByReason.4',
              ),
              computed('Zawarte kontrakty socjalne', 'socialContracts.concluded'),
            ),
          ],
        },
        {
          title: 'Aktywizacja dzieci i młodzieży z terenu Miasta Pruszkowa',
          directions: [
            dir(
              'Równomierne rozszerzenie rozwoju ofert zajęć pozaszkolnych na terenie Miasta Pruszkowa',
              computed(
                'Miejsca w placówkach wsparcia dziennego i świetlicy socjoterapeutycznej',
                'centres.childPlaces',
              ),
            ),
            dir(
              'Realizacja programów i projektów edukacyjnych i profilaktycznych służących przeciwdziałaniu problemom dzieci i młodzieży',
              manual(
                'Dzieci z rodzin zagrożonych uzależnieniami na sfinansowanych koloniach letnich',
                `Organizatorzy kolonii (finansowanie: ${MKRPA})`,
                32,
              ),
            ),
            dir(
              'Promowanie wolontariatu wśród dzieci i młodzieży',
              computed('Porozumienia wolontariackie zawarte w roku', 'volunteers.agreements'),
            ),
          ],
        },
        {
          title: 'Zapewnienie harmonijnego współistnienia cudzoziemców w pruszkowskim społeczeństwie',
          directions: [
            dir(
              'Zapewnienie różnym grupom cudzoziemców dostępu do programów integracyjnych dopasowanych do ich potrzeb',
              computed(
                'Świadczenia wypłacone obywatelom Ukrainy (pomoc społeczna, świadczenia rodzinne i inne)',
                'payments.ukrainianCitizens.allActs',
                'grosze',
              ),
              computed(
                'w tym pomoc społeczna osobom ze statusem UKR (art. 29 ustawy o pomocy obywatelom Ukrainy)',
                'payments.ukrStatus',
                'grosze',
              ),
              manual(
                'Przyjęte wnioski o jednorazowe świadczenie pieniężne dla obywateli Ukrainy',
                `Sekcja Świadczeń — ${NOT_MODELLED}`,
                92,
              ),
            ),
          ],
        },
      ],
    },
    {
      title:
        'Rozwój usług na rzecz rosnącej populacji osób w wieku senioralnym oraz dla osób niesamodzielnych',
      operationalGoals: [
        {
          title: 'Aktywizacja społeczna osób starszych',
          directions: [
            dir(
              'Wspieranie działalności Dziennego Domu i Klubów Seniora, rozwój pasji i zainteresowań osób starszych',
              computed(
                'Osoby, które skorzystały z aktywności dedykowanej seniorom',
                'centres.seniorParticipants',
              ),
              computed('Uczestnicy programu własnego „Seniorada VIII”', 'programs.participants.ownProgramme'),
            ),
          ],
        },
        {
          title:
            'Rozwijanie usług opiekuńczych nad osobami niesamodzielnymi oraz aktywizacja osób z niepełnosprawnościami',
          directions: [
            dir(
              'Zapewnienie kadry w zakresie usług opiekuńczych i specjalistycznych usług opiekuńczych',
              computed('Osoby korzystające z usług opiekuńczych', 'careServices.recipients'),
              computed(
                'Osoby z zaburzeniami psychicznymi korzystające ze specjalistycznych usług opiekuńczych',
                'careServices.mentalDisorderRecipients',
              ),
              computed('Godziny usług opiekuńczych zrealizowane', 'careServices.hoursDelivered'),
              computed('Opiekunki zatrudnione w MOPS', 'staff.carers'),
            ),
            dir(
              'Promowanie wśród społeczności lokalnej aktywnych postaw, w tym samopomocy (pomoc sąsiedzka)',
              computed('Osoby objęte usługami sąsiedzkimi', 'neighbourServices.recipients'),
            ),
            dir(
              'Realizacja programów i projektów na rzecz osób starszych i niesamodzielnych',
              computed('Osoby korzystające z teleopieki (opaski)', 'telecare.users'),
            ),
          ],
        },
        {
          title: 'Zapewnienie dostępności architektonicznej oraz cyfrowej osobom ze szczególnymi potrzebami',
          directions: [
            dir(
              'Likwidacja barier architektonicznych',
              narrative(
                'Dostosowanie siedzib',
                MOPS,
                'MOPS i Klub Senior+ są dostosowane do potrzeb osób niepełnosprawnych.',
              ),
            ),
            dir(
              'Kontynuacja działań w ramach dostępności cyfrowej',
              narrative(
                'Dostępność stron internetowych',
                MOPS,
                'Strony internetowe MOPS spełniają kryteria dostępności cyfrowej.',
              ),
            ),
            dir(
              'Podnoszenie kompetencji cyfrowych osób ze szczególnymi potrzebami',
              narrative(
                'Zajęcia z obsługi urządzeń elektronicznych',
                MOPS,
                'Seniorzy mogli skorzystać z zajęć stacjonarnych i online dotyczących obsługi urządzeń elektronicznych oraz bezpieczeństwa w sieci.',
              ),
            ),
          ],
        },
      ],
    },
    {
      title: 'Zwalczanie przemocy oraz uzależnień wśród mieszkańców Miasta Pruszkowa',
      operationalGoals: [
        {
          title:
            'Działalność profilaktyczna w zakresie przeciwdziałania uzależnieniom skierowana do dzieci i młodzieży',
          directions: [
            dir(
              'Systematyczny monitoring sprzedaży napojów alkoholowych oraz działania kontrolne i interwencyjne w punktach sprzedaży',
              computed('Zaopiniowane zezwolenia na sprzedaż napojów alkoholowych', 'alcohol.permitsOpined'),
              computed('Audyty i szkolenia w punktach sprzedaży', 'alcohol.salePointAudits'),
            ),
          ],
        },
        {
          title: 'Przeciwdziałanie przemocy i uzależnieniom',
          directions: [
            dir(
              'Zwiększenie dostępności terapeutycznej dla osób uzależnionych i współuzależnionych',
              manual('Osoby korzystające z terapii w placówkach leczenia odwykowego', TREATMENT, 269),
            ),
            dir(
              'Tworzenie grup wsparcia dla członków rodzin znajdujących się w kryzysie emocjonalnym',
              computed(
                'Godziny grup wsparcia i spotkań klubu abstynentów',
                'consultationPoint.supportGroupHours',
              ),
              computed(
                'Godziny grupy terapeutycznej dla osób współuzależnionych',
                'consultationPoint.therapyGroupHours',
              ),
            ),
            dir(
              'Uruchomienie i wsparcie istniejących punktów poradnictwa w zakresie uzależnień i przemocy',
              computed(
                'Konsultacje specjalistów Punktu Informacyjno-Konsultacyjnego',
                'consultationPoint.consultations',
              ),
              computed('Osoby, które skorzystały z konsultacji w Punkcie', 'consultationPoint.persons'),
            ),
            dir(
              'Prowadzenie postępowania zmierzającego do poddania się leczeniu odwykowemu',
              computed('Postępowania prowadzone przez MKRPA', 'alcohol.proceedings'),
              computed('Nowe zgłoszenia do MKRPA', 'alcohol.newReports'),
              computed(
                'Osoby skierowane na badania biegłych psychologa i psychiatry',
                'alcohol.personsReferredToExperts',
              ),
              computed('Wnioski skierowane do sądu', 'alcohol.courtPetitions'),
            ),
            dir(
              'Podejmowanie działań interdyscyplinarnych ograniczających zjawisko przemocy',
              computed('Wszczęte procedury „Niebieskie Karty”', 'blueCard.opened'),
              computed('Spotkania grup diagnostyczno-pomocowych', 'blueCard.meetingsHeld'),
            ),
          ],
        },
        {
          title: 'Wsparcie kadry pracującej w obszarze pomocy społecznej',
          directions: [
            dir(
              'Działania w zakresie rozwoju kompetencji miękkich (superwizje, warsztaty)',
              manual('Szkolenia, w których wzięli udział pracownicy MOPS', `${MOPS} — ${NOT_MODELLED}`, 25),
            ),
            dir(
              'Współpraca między instytucjami w celu kompleksowego wsparcia rodziny',
              narrative(
                'Partnerzy współpracy',
                MOPS,
                'MOPS współpracował z PCPR, PUP, TPD, MKRPA, Zespołem Interdyscyplinarnym, placówkami oświatowymi, kuratorami sądowymi i Strażą Miejską.',
              ),
            ),
          ],
        },
      ],
    },
  ],
} satisfies StrategyInput;
