import { describe, expect, it } from 'vitest';
import { neighbourPay } from './neighbour.ts';
import { parseAlarmsCsv } from './telecare-csv.ts';

describe('a neighbour’s pay for a month (hours × rate, half up to the grosz)', () => {
  it('pays 12,25 h at 23,50 zł as 287,88 zł (287,875 rounded up)', () => {
    expect(neighbourPay(12.25, 2_350)).toBe(28_788);
  });
  it('pays 7,33 h at 23,17 zł as 169,84 zł (169,8361)', () => {
    expect(neighbourPay(7.33, 2_317)).toBe(16_984);
  });
  it('pays 0,1 h at 25,00 zł as 2,50 zł — no binary fraction leaks into the grosz', () => {
    expect(neighbourPay(0.1, 2_500)).toBe(250);
    expect(neighbourPay(0.29, 2_500)).toBe(725);
  });
  it('pays nothing for no hours', () => {
    expect(neighbourPay(0, 2_350)).toBe(0);
  });
});

describe('the monitoring centre’s alarm CSV', () => {
  it('reads the lines after the header, the time with or without seconds', () => {
    const r = parseAlarmsCsv(
      'serial;date;time;kind;outcome\nTB-1;2031-03-02;08:15;button;talk\nTB-1;2031-03-09;23:05:10;fall;ambulance\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, serial: 'TB-1', occurredAt: '2031-03-02T08:15:00', kind: 'button', outcome: 'talk' },
      { line: 3, serial: 'TB-1', occurredAt: '2031-03-09T23:05:10', kind: 'fall', outcome: 'ambulance' },
    ]);
  });
  it('names the line and the column of each bad cell', () => {
    const r = parseAlarmsCsv('h\nTB-1;2031-02-30;08:15;button;talk\nTB-1;2031-03-01;8:15;smoke;talk\nx;y');
    expect(r.errors.map((e) => e.path)).toEqual(['csv.2.date', 'csv.3.time', 'csv.3.kind', 'csv.4.columns']);
    expect(r.rows).toEqual([]);
  });
  it('refuses a file with no alarm', () => {
    expect(parseAlarmsCsv('serial;date;time;kind;outcome\n').errors).toEqual([
      { path: 'csv', message: 'validation.schedule.csvEmpty' },
    ]);
  });
});
