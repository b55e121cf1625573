import type { Locale } from '@ostoja/domain/i18n/index';
import { ROLES, type Role } from '@ostoja/domain/identity/roles';
import type { Queryable } from '../db/db.ts';

export interface Actor {
  id: string;
  login: string;
  fullName: string;
  roles: Role[];
  orgUnitId: string | null;
  /** A role requires two-factor sign-in and none is set up: only the enrolment routes are open. */
  mustEnrolTotp?: boolean;
  /** The session the request came with (its stored id, the hash of the token). */
  sessionId?: string;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  /**
   * Every person whose data the entry read or changed besides `entityId` (a search's results, a
   * household's members, a list's or an export's rows): "who read this record" finds it by them.
   */
  persons?: readonly string[];
  /** Who acted, where the request has no session yet (a successful login). */
  actor?: Pick<Actor, 'id' | 'login'>;
}

/** The audit entry of reading a record's document (its PDF, a letter): `details` names the document. */
export const documentRead = (
  entity: string,
  entityId: string,
  persons?: readonly string[],
  details: Record<string, unknown> = { document: 'pdf' },
): AuditEntry => ({ action: 'read', entity, entityId, details, ...(persons ? { persons } : {}) });

/** The persons named by rows that carry a `personId` (or another `key`: list and export rows), for AuditEntry.persons. */
export function personsOf(rows: readonly object[], key = 'personId'): string[] {
  return rows.flatMap((r) => {
    const id = (r as Record<string, unknown>)[key];
    return typeof id === 'string' ? [id] : [];
  });
}

/** How a read's own statement writes its audit entry (RequestContext.readLogged). */
export interface LoggedRead {
  entry: AuditEntry;
  /** A column of the read's rows holding a person's id: the shown rows' persons join the entry's. */
  personsColumn?: string;
  /** A column of the read's rows holding persons' ids (uuid[]): they join the entry's. */
  personsArrayColumn?: string;
  /**
   * A uuid[] column of the rows: one more entry (with the persons' id as entityId and person) for
   * each id in it — a sealed member of a household read as a person, never named in the household's entry.
   */
  each?: { column: string; entry: AuditEntry };
  /** Only the first `shown` rows are shown (a page reads one more to know there is a next one). */
  shown?: number;
  /** A key of `details` that gets the number of rows shown (a search's `results`). */
  countAs?: string;
  /** Nothing found, nothing shown: no entry (a page answering 404). */
  ifFound?: boolean;
}

/** What a use case gets: its transaction, who asks, and the means to record it in the audit log. */
export interface RequestContext {
  q: Queryable;
  actor: Actor | null;
  requestId: string;
  ip: string;
  locale: Locale;
  audit(entry: AuditEntry): Promise<void>;
  /**
   * Runs one read statement and writes its audit entry in the same statement, so the read costs
   * one round trip with its logging (issue 21 item 11). Use it for a read route's main query.
   */
  readLogged<T>(text: string, params: readonly unknown[], log: LoggedRead): Promise<T[]>;
}

/** For routes whose permission needs a login: the actor is certain. */
export interface StaffContext extends RequestContext {
  actor: Actor;
}

/** A context of a staff member holding every role, for seeding and fixtures (not for requests). */
export function staffContext(q: Queryable, userId: string): StaffContext {
  return {
    q,
    actor: { id: userId, login: 'fixture', fullName: 'Fixture', roles: [...ROLES], orgUnitId: null },
    requestId: 'fixture',
    ip: '127.0.0.1',
    locale: 'pl',
    audit: async () => {},
    readLogged: async <T>(text: string, params: readonly unknown[]) => (await q.query<T>(text, params)).rows,
  };
}
