import type { Household, MembershipHistoryEntry } from '@ostoja/domain/registry/household';
import type { Person } from '@ostoja/domain/registry/person';

export type { Household, MembershipHistoryEntry, Person };
export type PersonWithHistory = Person & { history: MembershipHistoryEntry[] };
