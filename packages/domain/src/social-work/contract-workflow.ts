import type { Permission } from '../identity/permissions.ts';

/**
 * Kontrakt socjalny (art. 108 ups) as an append-only action log: the status is derived by
 * `contractStatus`, and what may happen next is the table below (copy of the applications' pattern).
 */
export const CONTRACT_ACTIONS = ['sign', 'review', 'complete', 'break', 'endEarly'] as const;
export type ContractActionType = (typeof CONTRACT_ACTIONS)[number];

export const CONTRACT_STATUSES = ['draft', 'inForce', 'completed', 'broken', 'endedEarly'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export interface ContractAction {
  type: ContractActionType;
  /** The date the action took effect, YYYY-MM-DD. */
  on: string;
}

const NEXT: Partial<Record<ContractActionType, ContractStatus>> = {
  sign: 'inForce',
  complete: 'completed',
  break: 'broken',
  endEarly: 'endedEarly',
};

/** Pure reducer: the status after the actions, in order (a review changes nothing). */
export function contractStatus(actions: readonly ContractAction[]): ContractStatus {
  let status: ContractStatus = 'draft';
  for (const a of actions) status = NEXT[a.type] ?? status;
  return status;
}

export interface AllowedContractAction {
  action: ContractActionType;
  permission: Permission;
}

/** What may be done in each status, and which permission it takes. Snapshot-tested. */
export const CONTRACT_ALLOWED_ACTIONS: Record<ContractStatus, readonly AllowedContractAction[]> = {
  draft: [{ action: 'sign', permission: 'socialWork.write' }],
  inForce: [
    { action: 'review', permission: 'socialWork.write' },
    { action: 'complete', permission: 'socialWork.write' },
    { action: 'break', permission: 'socialWork.write' },
    { action: 'endEarly', permission: 'socialWork.write' },
  ],
  completed: [],
  broken: [],
  endedEarly: [],
};

export function contractAllowedActions(
  status: ContractStatus,
  permissions: readonly string[],
): ContractActionType[] {
  return CONTRACT_ALLOWED_ACTIONS[status]
    .filter((a) => permissions.includes(a.permission))
    .map((a) => a.action);
}

// Art. 11 ust. 2 ups: a breach of the contract may justify refusing, revoking or suspending a benefit.
export const mayStartArt11Consequence = (status: ContractStatus) => status === 'broken';
