import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { retry } from '../../api/query.ts';
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
