import type { ParticipantRole } from './procedure.ts';

/** The documents of a procedure: the five forms and the minutes of the group's meetings. */
export const BLUE_CARD_DOCUMENTS = ['A', 'B', 'C', 'D', 'E', 'minutes'] as const;
export type BlueCardDocument = (typeof BLUE_CARD_DOCUMENTS)[number];

/** Who a document is given to: the team's own file, an authority (court, prosecutor), or a party. */
export type Recipient = 'team' | 'authority' | ParticipantRole;

/**
 * Documents that carry the data of the persons experiencing violence. Since the 2019 amendment
 * (art. 9c ust. 6–7 as renumbered in 2023) the person suspected of or using violence has no access
 * to them: NK forms with victims' data, the ZI/GDP minutes, and notes that could endanger victims.
 */
const WITH_VICTIMS_DATA: ReadonlySet<BlueCardDocument> = new Set(['A', 'B', 'C', 'minutes']);

/** What each recipient may be given. Snapshot-tested with the rule below. */
export const DISCLOSURE: Record<Recipient, readonly BlueCardDocument[]> = {
  team: BLUE_CARD_DOCUMENTS,
  authority: BLUE_CARD_DOCUMENTS,
  // NK-B is hers; her plan (NK-C) is made with her; NK-A may be copied for her on request.
  victim: ['A', 'B', 'C', 'minutes'],
  // NK-D is addressed to him; NK-E records the actions with him and names no victim.
  perpetrator: ['D', 'E'],
  witness: [],
  child: [],
};

/** Pure rule: may this document be given to a recipient in this role? */
export function mayDisclose(document: BlueCardDocument, recipient: Recipient): boolean {
  if (recipient === 'perpetrator' && WITH_VICTIMS_DATA.has(document)) return false;
  return DISCLOSURE[recipient].includes(document);
}

/**
 * A person is judged by every role recorded for them in any procedure: someone recorded as using
 * violence anywhere never receives a document with victims' data, even as a victim elsewhere;
 * otherwise any of their roles that allows the document suffices (a victim who was also a witness).
 */
export function mayDiscloseToPerson(document: BlueCardDocument, roles: readonly ParticipantRole[]): boolean {
  if (roles.includes('perpetrator')) return mayDisclose(document, 'perpetrator');
  return roles.some((r) => mayDisclose(document, r));
}
