import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { retry } from '../../api/query.ts';
import { amountColumn, dateColumn, textColumn } from './columns.ts';
import { compareCells } from './paged-table.tsx';
import { flatErrors } from './use-edit-form.ts';

describe('the form kit', () => {
  it('puts each error under the path of its field, the server’s as sent and the schema’s translated', () => {
    const msg = (m: string) => (m === 'validation.required' ? 'Pole wymagane' : m);
    const errors = {
      members: {
        root: { type: 'custom', message: 'validation.required' },
        0: { person: { pesel: { type: 'server', message: 'Nieprawidłowa suma kontrolna' } } },
      },
      since: { type: 'custom', message: 'validation.required', ref: { name: 'since' } },
    };
    expect(flatErrors(errors as never, msg)).toEqual({
      members: 'Pole wymagane',
      'members.0.person.pesel': 'Nieprawidłowa suma kontrolna',
      since: 'Pole wymagane',
    });
  });
});

describe('the data layer', () => {
  it('does not ask again after a 4xx answer, but does after a network failure (twice at most)', () => {
    expect(retry(0, new ApiError(404, 'notFound', ''))).toBe(false);
    expect(retry(0, new ApiError(403, 'forbidden', ''))).toBe(false);
    expect(retry(0, new ApiError(0, 'network', ''))).toBe(true);
    expect(retry(1, new ApiError(500, 'internal', ''))).toBe(true);
    expect(retry(2, new ApiError(0, 'network', ''))).toBe(false);
  });
});

describe('the paged table', () => {
  it('sorts in Polish order (Ł after L, Ś after S), empty cells last', () => {
    const names = ['Śliwa', 'Łuczak', 'Sowa', 'Lis', null, 'Maj'];
    expect([...names].sort(compareCells)).toEqual(['Lis', 'Łuczak', 'Maj', 'Sowa', 'Śliwa', null]);
  });
});

describe('the column helpers', () => {
  type Row = { name: string; login: string | null; paid: number; on: string | null };
  const row: Row = { name: 'Łuczak', login: null, paid: 12345, on: '2026-11-30' };
  const money = (g: number) => `${(g / 100).toFixed(2)} zł`;

  it('an amount shows as money, sorts by grosze and lines up on the right', () => {
    const c = amountColumn<Row>('paid', 'Wpłacono', money);
    expect([c.key, c.cell(row), c.sortValue?.(row), c.alignEnd]).toEqual(['paid', '123.45 zł', 12345, true]);
  });

  it('a text shows as it is, or a dash where there is none, and sorts by the text', () => {
    const name = textColumn<Row>('name', 'Nazwisko');
    const login = textColumn<Row>('login', 'Login', 'user');
    expect([name.cell(row), name.sortValue?.(row)]).toEqual(['Łuczak', 'Łuczak']);
    expect([login.key, login.cell(row), login.sortValue?.(row)]).toEqual(['user', '—', null]);
  });

  it('a date shows as the language writes it and sorts by the ISO date', () => {
    const c = dateColumn<Row>('on', 'Dnia', (iso) => (iso ? iso.split('-').reverse().join('.') : ''));
    expect([c.cell(row), c.sortValue?.(row)]).toEqual(['30.11.2026', '2026-11-30']);
  });
});
