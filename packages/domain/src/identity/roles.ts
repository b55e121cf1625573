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
] as const;
export type Role = (typeof ROLES)[number];
