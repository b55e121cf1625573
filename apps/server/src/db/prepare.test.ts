import { describe, expect, it } from 'vitest';
import { preparable } from './db.ts';

describe('which statements are prepared once per connection', () => {
  it('prepares lookups by parameter', () => {
    expect(preparable('SELECT p.id FROM person p WHERE p.id = $1')).toBe(true);
    expect(preparable('INSERT INTO audit_log (actor_id, action) VALUES ($1, $2)')).toBe(true);
  });
  it('not a statement embedding a reader id: it would be prepared again for every user', () => {
    expect(
      preparable(
        `SELECT 1 FROM person p WHERE blue_card_visible(p.id, '150e24a8-750a-4e60-96ff-415fc96e6a1c'::uuid)`,
      ),
    ).toBe(false);
  });
  it('not optional parameters: a generic plan could not seek on the keyset', () => {
    expect(
      preparable('SELECT id FROM payment_item i WHERE i.run_id = $1 AND ($2::uuid IS NULL OR i.id > $2)'),
    ).toBe(false);
    expect(preparable('WHERE ($7::bigint IS NULL OR id < $7)')).toBe(false);
    expect(preparable('WHERE ($1 IS NULL OR x = $1)')).toBe(false);
  });
  it('not a statement marked for a plan of its own values (a PESEL prefix of one digit or eleven)', () => {
    expect(preparable('SELECT p.id FROM person p /* custom plan */ WHERE p.pesel BETWEEN $1 AND $2')).toBe(
      false,
    );
  });
});
