import { describe, expect, it } from 'vitest';
import { art11Justification, onArt11 } from './art11.ts';

describe('art. 11 ust. 2 justification drafted from the case file', () => {
  it('names the contract, the breach and the worker’s findings, newest first, and the article', () => {
    const text = art11Justification({
      contractNumber: 'KS/2026/7',
      concludedOn: '2026-11-09',
      personName: 'Jan Kowalski',
      personObligations: 'udziału w szkoleniu zawodowym.',
      brokenOn: '2027-01-10',
      breachNote: 'trzykrotna nieobecność na szkoleniu bez usprawiedliwienia.',
      notes: [
        { contactOn: '2027-01-08', body: 'Organizator szkolenia potwierdził nieobecności.' },
        { contactOn: '2026-12-15', body: 'Klient zobowiązał się wrócić na szkolenie.' },
      ],
    });
    expect(text).toContain(
      'W dniu 09.11.2026 r. Jan Kowalski zawarł(a) z ośrodkiem kontrakt socjalny nr KS/2026/7',
    );
    expect(text).toContain(
      'W dniu 10.01.2027 r. stwierdzono niedotrzymanie postanowień kontraktu: trzykrotna nieobecność',
    );
    expect(text).toContain(
      '— 08.01.2027 r.: Organizator szkolenia potwierdził nieobecności.\n— 15.12.2026 r.: Klient zobowiązał się',
    );
    expect(text).toContain('art. 11 ust. 2');
  });

  it('leaves out the findings when the case file has no notes', () => {
    const text = art11Justification({
      contractNumber: 'KS/2026/8',
      concludedOn: '2026-11-09',
      personName: 'Anna Nowak',
      personObligations: 'podjęcia leczenia.',
      brokenOn: '2026-12-01',
      breachNote: null,
      notes: [],
    });
    expect(text).not.toContain('Ustalenia');
    expect(text).toContain('niedotrzymanie postanowień kontraktu.');
  });
});

describe('a decision resting on a broken contract (art. 11 ust. 2)', () => {
  it('cites the article before the decision’s own basis, and names it in the justification once', () => {
    expect(onArt11('k-1', 'art. 106 ust. 5', 'Klient nie podjął szkolenia.')).toEqual({
      legalBasis: 'art. 11 ust. 2 w związku z art. 106 ust. 5',
      justification:
        'Klient nie podjął szkolenia.\n\nZgodnie z art. 11 ust. 2 ustawy o pomocy społecznej niedotrzymanie postanowień kontraktu socjalnego może stanowić podstawę odmowy przyznania świadczenia, uchylenia decyzji o przyznaniu świadczenia albo wstrzymania świadczeń pieniężnych.',
    });
    const drafted = 'Na podstawie art. 11 ust. 2 ustawy — kontrakt nr KS/2026/1.';
    expect(onArt11('k-1', 'art. 106 ust. 5', drafted).justification).toBe(drafted);
  });

  it('leaves another ground as the clerk wrote it', () => {
    expect(onArt11(null, 'art. 106 ust. 5', 'Podjęcie zatrudnienia.')).toEqual({
      legalBasis: 'art. 106 ust. 5',
      justification: 'Podjęcie zatrudnienia.',
    });
  });
});
