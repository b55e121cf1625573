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
] as const;
export type Role = (typeof ROLES)[number];
