import type { DocSection } from './pdf.ts';

// The fixed wording of NK-B and NK-D and the contacts printed on them. The text paraphrases the
// act (art. 2, art. 11a; art. 207 kk); the annexes of Dz.U. 2023 poz. 1870 are to be checked [M].

export interface DocCentre {
  name: string;
  address: string;
  phone: string | null;
  chairName: string | null;
  teamName: string;
}

export const contact = (c: DocCentre): DocSection => ({
  heading: 'Gdzie szukać pomocy',
  rows: [
    ['Ośrodek pomocy społecznej', `${c.name}, ${c.address}${c.phone ? `, tel. ${c.phone}` : ''}`],
    ['Zespół interdyscyplinarny', `${c.teamName}${c.chairName ? ` — przewodnicząca/y: ${c.chairName}` : ''}`],
    ['Telefon alarmowy', '112'],
    ['Ogólnopolskie Pogotowie dla Ofiar Przemocy w Rodzinie „Niebieska Linia”', '800 120 002'],
  ],
});

/** NK-B: what domestic violence is and the rights of the person experiencing it. */
export const FORM_B_INFORMATION: DocSection[] = [
  {
    heading: 'Czym jest przemoc domowa',
    paragraphs: [
      'Przemoc domowa to jednorazowe albo powtarzające się umyślne działanie lub zaniechanie, wykorzystujące przewagę fizyczną, psychiczną lub ekonomiczną, naruszające prawa lub dobra osobiste osoby doznającej przemocy — w tym z użyciem środków komunikacji elektronicznej.',
      'Nikt nie ma prawa stosować wobec Pani/Pana przemocy. Znęcanie się nad osobą najbliższą jest przestępstwem (art. 207 Kodeksu karnego).',
    ],
  },
  {
    heading: 'Pani/Pana prawa',
    paragraphs: [
      'Może Pani/Pan zawiadomić Policję lub prokuraturę o przestępstwie. Policja może wydać osobie stosującej przemoc nakaz natychmiastowego opuszczenia wspólnie zajmowanego mieszkania i jego bezpośredniego otoczenia oraz zakaz zbliżania się.',
      'Ma Pani/Pan prawo do bezpłatnej pomocy: psychologicznej, prawnej, socjalnej i zawodowej, do schronienia w specjalistycznym ośrodku wsparcia oraz do bezpłatnego zaświadczenia lekarskiego o przyczynach i rodzaju uszkodzeń ciała.',
    ],
  },
];

/** NK-D: the information for the person using violence; it names no one else. */
export const FORM_D_INFORMATION: DocSection = {
  heading: 'Informacja',
  paragraphs: [
    'Wobec Pani/Pana została wszczęta procedura „Niebieskie Karty”. Przemoc domowa narusza prawa i dobra osobiste innych osób i może być przestępstwem (art. 207 Kodeksu karnego).',
    'Zespół interdyscyplinarny zaprasza Panią/Pana do udziału w spotkaniu grupy diagnostyczno-pomocowej. Może Pani/Pan skorzystać z programów korekcyjno-edukacyjnych i psychologiczno-terapeutycznych dla osób stosujących przemoc domową oraz z terapii uzależnień.',
  ],
};
