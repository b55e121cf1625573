import { describe, expect, it } from 'vitest';
import { art11Justification } from './art11.ts';

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
