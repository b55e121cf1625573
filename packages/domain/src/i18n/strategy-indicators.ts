import { messageRows } from './types.ts';

// Labels of the strategy report's indicator queries added with the report completed (issue 17):
// the alcohol commission's and its consultation point's counts, the places of the children's
// day centres, what citizens of Ukraine were paid under every act the centre pays out, shelters
// and the Karta Dużej Rodziny.
export const strategyIndicators = messageRows([
  [
    'reporting.indicator.payments.ukrStatus',
    'pomoc społeczna wypłacona osobom ze statusem UKR (art. 29 ustawy o pomocy obywatelom Ukrainy, zł)',
    'соціальна допомога, виплачена особам зі статусом UKR (ст. 29 закону про допомогу громадянам України, зл)',
    'social assistance paid to persons with the UKR status (art. 29 of the act on help to citizens of Ukraine, PLN)',
  ],
  [
    'reporting.indicator.payments.ukrStatus.persons',
    'osoby ze statusem UKR, którym wypłacono pomoc społeczną',
    'особи зі статусом UKR, яким виплачено соціальну допомогу',
    'persons with the UKR status paid social assistance',
  ],
  [
    'reporting.indicator.payments.ukrainianCitizens.allActs',
    'świadczenia wypłacone obywatelom Ukrainy — pomoc społeczna, świadczenia rodzinne i inne (zł)',
    'виплати громадянам України — соціальна допомога, сімейні та інші виплати (зл)',
    'benefits paid to citizens of Ukraine — social assistance, family benefits and others (PLN)',
  ],
  [
    'reporting.indicator.centres.childPlaces',
    'miejsca w świetlicach i klubach dla dzieci',
    'місця у світлицях і клубах для дітей',
    'places at day rooms and children’s clubs',
  ],
  [
    'reporting.indicator.alcohol.permitsOpined',
    'zaopiniowane wnioski o zezwolenie na sprzedaż napojów alkoholowych (MKRPA)',
    'висновки щодо заяв на дозвіл продажу алкогольних напоїв (MKRPA)',
    'applications for alcohol sale permits given an opinion (MKRPA)',
  ],
  [
    'reporting.indicator.alcohol.salePointAudits',
    'kontrole punktów sprzedaży i szkolenia sprzedawców (MKRPA)',
    'перевірки точок продажу та навчання продавців (MKRPA)',
    'inspections of sale points and sellers’ trainings (MKRPA)',
  ],
  [
    'reporting.indicator.alcohol.proceedings',
    'postępowania w sprawie zobowiązania do leczenia prowadzone w roku (MKRPA)',
    'провадження щодо зобов’язання до лікування, що велися протягом року (MKRPA)',
    'proceedings towards treatment conducted in the year (MKRPA)',
  ],
  [
    'reporting.indicator.alcohol.newReports',
    'nowe zgłoszenia do komisji (MKRPA)',
    'нові звернення до комісії (MKRPA)',
    'new reports to the commission (MKRPA)',
  ],
  [
    'reporting.indicator.alcohol.personsReferredToExperts',
    'osoby skierowane na badanie biegłych (MKRPA)',
    'особи, направлені на обстеження експертів (MKRPA)',
    'persons referred to the court experts (MKRPA)',
  ],
  [
    'reporting.indicator.alcohol.courtPetitions',
    'wnioski skierowane do sądu (MKRPA)',
    'заяви, направлені до суду (MKRPA)',
    'petitions filed with the court (MKRPA)',
  ],
  [
    'reporting.indicator.consultationPoint.consultations',
    'konsultacje w Punkcie Informacyjno-Konsultacyjnym',
    'консультації в Інформаційно-консультаційному пункті',
    'consultations at the consultation point',
  ],
  [
    'reporting.indicator.consultationPoint.persons',
    'osoby, które skorzystały z konsultacji w Punkcie Informacyjno-Konsultacyjnym',
    'особи, які скористалися консультаціями в Інформаційно-консультаційному пункті',
    'persons who had a consultation at the consultation point',
  ],
  [
    'reporting.indicator.consultationPoint.supportGroupHours',
    'godziny zajęć grup wsparcia (np. klub abstynenta)',
    'години занять груп підтримки (напр. клуб абстинентів)',
    'hours of support group sessions (e.g. the abstainers’ club)',
  ],
  [
    'reporting.indicator.consultationPoint.therapyGroupHours',
    'godziny zajęć grup terapeutycznych (np. dla osób współuzależnionych)',
    'години занять терапевтичних груп (напр. для співзалежних)',
    'hours of therapy group sessions (e.g. for co-dependent persons)',
  ],
  [
    'reporting.indicator.shelters.persons',
    'osoby skierowane do schroniska, noclegowni lub ogrzewalni',
    'особи, направлені до притулку, нічліжки або обігрівального пункту',
    'persons referred to a shelter, night shelter or heated room',
  ],
  [
    'reporting.indicator.largeFamilyCards.issued',
    'wydane Karty Dużej Rodziny',
    'видані Картки багатодітної родини',
    'Large Family Cards issued',
  ],
  [
    'reporting.indicator.largeFamilyCards.families',
    'rodziny, którym wydano Karty Dużej Rodziny',
    'родини, яким видано Картки багатодітної родини',
    'families issued Large Family Cards',
  ],
]);
