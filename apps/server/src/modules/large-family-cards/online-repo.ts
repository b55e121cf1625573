import type {
  KdrAttachment,
  OnlineKdrApplication,
  OnlineKdrMember,
} from '@ostoja/domain/family-benefits/large-family-card-online';
import type { Queryable } from '../../db/db.ts';
import { type After, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the KDR applications filed on the portal. Their persons are not in the registry yet, so
// no registry scope applies: the permission largeFamilyCards.read guards them, each read is audited.

export interface OnlineRow {
  id: string;
  reference: string;
  submittedAt: Date;
  cursorAt: string;
  address: OnlineKdrApplication['address'];
  contact: { phone: string | null; email: string | null; preferredContact: string };
  members: OnlineKdrMember[];
  attachments: KdrAttachment[];
  applicationId: string | null;
}

const SELECT = `SELECT o.id, o.reference, o.submitted_at AS "submittedAt", o.submitted_at::text AS "cursorAt",
    o.address, o.contact, o.members, o.attachments, o.application_id AS "applicationId"
  FROM large_family_card_online_application o`;

export async function insert(
  q: Queryable,
  a: OnlineKdrApplication & { reference: string },
): Promise<{ id: string; submittedAt: Date }> {
  const r = await q.query<{ id: string; submittedAt: Date }>(
    `INSERT INTO large_family_card_online_application (reference, address, contact, members, attachments)
     VALUES ($1, $2, $3, $4, $5) RETURNING id, submitted_at AS "submittedAt"`,
    [
      a.reference,
      JSON.stringify(a.address),
      JSON.stringify({
        phone: a.phone ?? null,
        email: a.email ?? null,
        preferredContact: a.preferredContact,
      }),
      JSON.stringify(a.members),
      a.attachments,
    ],
  );
  return r.rows[0]!;
}

/** Newest first. */
export async function list(q: Queryable, after: After, limit: number) {
  return rowsOf<OnlineRow>(
    q,
    `${SELECT} WHERE ($1::timestamptz IS NULL OR (o.submitted_at, o.id) < ($1::timestamptz, $2::uuid))
      ORDER BY o.submitted_at DESC, o.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function find(q: Queryable, id: string, forUpdate = false) {
  return rowOf<OnlineRow>(q, `${SELECT} WHERE o.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
}

export async function markRegistered(q: Queryable, id: string, applicationId: string) {
  await q.query(
    'UPDATE large_family_card_online_application SET application_id = $2, registered_at = now() WHERE id = $1',
    [id, applicationId],
  );
}
