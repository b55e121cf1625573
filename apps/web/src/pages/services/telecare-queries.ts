import { useQueryClient } from '@tanstack/react-query';

// Telecare and neighbour services' reads, cached by TanStack Query under these keys.
export const telecareKeys = {
  decisions: ['telecare', 'decisions'] as const,
  devices: ['telecare', 'devices'] as const,
  alarms: (personId: string, month: string) => ['telecare', 'alarms', personId, month] as const,
  neighbours: ['neighbourServices', 'neighbours'] as const,
  assignments: ['neighbourServices', 'assignments'] as const,
  payments: (month: string) => ['neighbourServices', 'payments', month] as const,
};

/** After a decision, a device, a loan or an import: telecare's lists reload. */
export function useTelecareSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['telecare'] });
}

/** After a neighbour, an assignment or a month's hours: the lists and the payment list reload. */
export function useNeighbourSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['neighbourServices'] });
}
