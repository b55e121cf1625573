export const ROLES = [
  'administrator',
  'director',
  'socialWorker',
  'benefitsClerk',
  'familyAssistant',
  'specialist',
  'blueCardTeamMember',
  'centreStaff',
  'volunteerCoordinator',
  'auditor',
  // Secretary and members of the gmina's commission for solving alcohol problems (MKRPA).
  'alcoholCommission',
  // A carer delivering care services (the centre's or a provider's): sees only their own clients.
  'carer',
] as const;
export type Role = (typeof ROLES)[number];
