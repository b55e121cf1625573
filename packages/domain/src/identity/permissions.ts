import type { Role } from './roles.ts';

// Every API route names exactly one of these. `public` needs no login, `authenticated`
// only a valid session. The matrix below is the only place that grants them.
export const PERMISSIONS = [
  'public',
  'authenticated',
  'registry.read',
  'registry.write',
  // Merging two records of one human (decision 0015): those who keep the registry, and the team
  // that links a sealed Niebieska Karta record with the registry's one; not the field workers.
  'registry.merge',
  'org.read',
  'org.manage',
  'users.manage',
  'audit.read',
  'legalParameters.manage',
  'applications.read',
  'applications.write',
  'wywiad.write',
  'decisions.issue',
  // Approving (and so signing) a decision another clerk drafted; the signer also needs an authorisation number.
  'decisions.approve',
  // Niebieska Karta. Which procedures an actor sees is row scope (its group, its opener, the ZI
  // chair); these only say who may take part at all. Being the chair is a row-level fact too.
  'blueCard.open',
  'blueCard.work',
  'blueCard.coordinate',
  'blueCard.statistics',
  'blueCard.existence',
  'interdisciplinaryTeam.manage',
  // Residents' portal and services: content, online applications, counselling, volunteers.
  'portal.manage',
  'intakes.handle',
  'counselling.manage',
  'counselling.work',
  'counselling.stats',
  'volunteers.manage',
  // Payments: lists, bank files and flags; the cash desk; receivables (recovery, art. 104 ups).
  'payments.read',
  'payments.manage',
  'cashDesk.operate',
  'receivables.manage',
  // Reports: counts (strategy report, MRPiPS-03, dashboard), their editing, and the lists
  // behind the counts (row-scoped like the registry; Niebieska Karta figures never open).
  'reports.read',
  'reports.manage',
  'reports.drilldown',
  // Social work (issue 15): the household's case file, its notes, tasks and social contracts.
  'socialWork.read',
  'socialWork.write',
  // Family support (uwr): foster care co-financing, family assistants, caseload of social work.
  'fosterCare.read',
  'fosterCare.manage',
  'familySupport.read',
  'familySupport.readAll',
  'familySupport.refer',
  'familySupport.assign',
  'familySupport.work',
  'caseload.read',
  // Records (issue 21): retention by JRWA, destruction protocols, anonymisation; the data
  // subject's access export (its Niebieska Karta part only for the procedure's own team).
  'records.manage',
  'records.subjectAccess',
  // Services with a fee (art. 50 ups): reading decisions, deciding them, adding the council's fee tables.
  'careService.read',
  'careService.decide',
  'serviceFees.manage',
  // Carers' schedules and monthly bills (issue 16): the coordinator plans visits and records hours,
  // the clerk bills them; a carer sees only their own clients' addresses and tasks, never income.
  'careSchedule.manage',
  'careBills.manage',
  'careSchedule.ownClients',
  // Telecare and neighbour services (issue 16 item 7): reading decisions, loans, alarms and the
  // neighbours' pay; lending devices, importing alarms, assigning neighbours and entering hours.
  // A carer has none of them (no income, no other clients).
  'telecare.read',
  'telecare.manage',
  'neighbourServices.read',
  'neighbourServices.manage',
  // Domy pomocy społecznej (art. 54–61 ups): reading referral files and the gmina's cost; referring and setting fees.
  'dps.read',
  'dps.manage',
  'familyBenefits.read',
  'familyBenefits.write',
  'familyBenefits.decide',
  // Karta Dużej Rodziny: reading the cards and issuing them (with extensions and the electronic card).
  'largeFamilyCards.read',
  'largeFamilyCards.issue',
  // The alcohol commission (MKRPA): its members, meetings, pay lists and proceedings towards
  // treatment (health data, art. 9 RODO): a compartment of its own, for the commission only.
  'alcoholCommission.work',
  // The consultation point (PIK) of the alcohol programme: its groups and its year in figures
  // (counts only), for the point's specialists and the commission.
  'consultationPoint.work',
  // The alimony fund (issue 19): its applications, decisions and payments.
  'alimonyFund.read',
  'alimonyFund.write',
  'alimonyFund.decide',
  // Alimony debtors (issue 19): the register of debtors, their debt to the State, repayments,
  // notices between gminas and the proceedings towards the debtor — the clerk's, read by the auditor.
  'alimonyDebtors.read',
  'alimonyDebtors.manage',
  // Housing allowances (issue 19): the dodatek mieszkaniowy and energetyczny — the benefits
  // section's, read by the director and the auditor; not the field workers.
  'housingAllowances.read',
  'housingAllowances.write',
  'housingAllowances.decide',
  // Support centres and clubs (issue 17): reading places and who attends, the daily work of their
  // staff (enrolment, consent, attendance, classes), and adding a place.
  'centres.read',
  'centres.work',
  'centres.manage',
  // Projects and programmes (issue 17): reading them with their participants, recruiting and
  // recording support (the field and centre staff), and setting a project up (the director).
  'programs.read',
  'programs.work',
  'programs.manage',
  // FEPŻ food aid (issue 17): the worker's referral, and the lists exchanged with the partner
  // organisations (the benefits section); the yearly figures are read by the director and auditor.
  'foodAid.read',
  'foodAid.refer',
  'foodAid.manage',
  // Shelter for the homeless (art. 48a ups): reading the register and the referrals, referring
  // (a decision for a shelter), and keeping the register of places.
  'shelters.read',
  'shelters.decide',
  'shelters.manage',
  // Funerals the centre arranges (art. 44 ups): reading them, arranging one through a contracted
  // funeral home, and the money side — contracts and the recovery of the cost (art. 96 ust. 3 ups).
  'funerals.read',
  'funerals.arrange',
  'funerals.recover',
  // Handing out the clothing an in-kind decision grants from the centre's store (art. 48 ups).
  'clothing.handOut',
  // Decisions confirming an uninsured resident's right to health care (art. 54 of the health-care act).
  'healthCare.read',
  'healthCare.decide',
  // Crisis intervention (art. 47 ups): reading the cases, and leading one (contacts, the plan, a stay).
  'crisisIntervention.read',
  'crisisIntervention.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_STAFF: Permission[] = ['authenticated', 'org.read'];
const REGISTRY_RW: Permission[] = ['registry.read', 'registry.write'];
const APPLICATIONS_RW: Permission[] = ['applications.read', 'applications.write'];
/** Those who may fill in NK-A (§2.2) and sit in a diagnostic-help group. */
const BLUE_CARD: Permission[] = ['blueCard.open', 'blueCard.work'];

/** Roles × permissions. Least privilege: a role gets only what its daily work needs. */
export const PERMISSION_MATRIX: Record<Role, readonly Permission[]> = {
  administrator: [
    ...ALL_STAFF,
    'org.manage',
    'users.manage',
    'registry.merge',
    'audit.read',
    'legalParameters.manage',
    'interdisciplinaryTeam.manage',
    'portal.manage',
    'counselling.manage',
    'records.manage',
    'records.subjectAccess',
    'serviceFees.manage',
    'centres.manage',
    'shelters.read',
    'shelters.manage',
  ],
  // The head of the centre: the yearly counts, and that a person has a restricted record (never which).
  director: [
    ...ALL_STAFF,
    'registry.read',
    'applications.read',
    'decisions.approve',
    'blueCard.statistics',
    'blueCard.existence',
    'counselling.stats',
    'payments.read',
    'reports.read',
    'reports.manage',
    'reports.drilldown',
    'socialWork.read',
    'fosterCare.read',
    'familySupport.read',
    'familySupport.readAll',
    'familySupport.assign',
    'caseload.read',
    'careService.read',
    'telecare.read',
    'neighbourServices.read',
    'dps.read',
    'familyBenefits.read',
    'largeFamilyCards.read',
    'alimonyFund.read',
    'housingAllowances.read',
    'centres.read',
    'programs.read',
    'programs.manage',
    'foodAid.read',
    'shelters.read',
    'funerals.read',
    'healthCare.read',
    'crisisIntervention.read',
  ],
  socialWorker: [
    ...ALL_STAFF,
    ...REGISTRY_RW,
    ...APPLICATIONS_RW,
    'wywiad.write',
    ...BLUE_CARD,
    'intakes.handle',
    'socialWork.read',
    'socialWork.write',
    'familySupport.read',
    'familySupport.refer',
    'careService.read',
    'careSchedule.manage',
    'telecare.read',
    'telecare.manage',
    'neighbourServices.read',
    'neighbourServices.manage',
    'dps.read',
    'dps.manage',
    'centres.read',
    'programs.read',
    'programs.work',
    'foodAid.read',
    'foodAid.refer',
    'shelters.read',
    'funerals.read',
    'funerals.arrange',
    'healthCare.read',
    'crisisIntervention.read',
    'crisisIntervention.manage',
  ],
  benefitsClerk: [
    ...ALL_STAFF,
    ...REGISTRY_RW,
    'registry.merge',
    ...APPLICATIONS_RW,
    'decisions.issue',
    'decisions.approve',
    'payments.read',
    'payments.manage',
    'cashDesk.operate',
    'receivables.manage',
    'fosterCare.read',
    'fosterCare.manage',
    'careService.read',
    'careService.decide',
    'careSchedule.manage',
    'careBills.manage',
    'telecare.read',
    'telecare.manage',
    'neighbourServices.read',
    'neighbourServices.manage',
    'dps.read',
    'dps.manage',
    'familyBenefits.read',
    'familyBenefits.write',
    'familyBenefits.decide',
    'largeFamilyCards.read',
    'largeFamilyCards.issue',
    'alimonyFund.read',
    'alimonyFund.write',
    'alimonyFund.decide',
    'alimonyDebtors.read',
    'alimonyDebtors.manage',
    'housingAllowances.read',
    'housingAllowances.write',
    'housingAllowances.decide',
    'foodAid.read',
    'foodAid.manage',
    'shelters.read',
    'shelters.decide',
    'shelters.manage',
    'funerals.read',
    'funerals.arrange',
    'funerals.recover',
    'clothing.handOut',
    'healthCare.read',
    'healthCare.decide',
  ],
  familyAssistant: [...ALL_STAFF, 'registry.read', ...BLUE_CARD, 'familySupport.read', 'familySupport.work'],
  specialist: [
    ...ALL_STAFF,
    'registry.read',
    ...BLUE_CARD,
    'counselling.manage',
    'counselling.work',
    'counselling.stats',
    'consultationPoint.work',
    'crisisIntervention.read',
    'crisisIntervention.manage',
  ],
  // The interdisciplinary team is the controller of the procedure's data (art. 9c PrzemDomU): it
  // answers a subject access request for the part only it sees.
  blueCardTeamMember: [
    ...ALL_STAFF,
    ...BLUE_CARD,
    'blueCard.coordinate',
    'blueCard.statistics',
    'records.subjectAccess',
    'registry.merge',
  ],
  centreStaff: [
    ...ALL_STAFF,
    'registry.read',
    'portal.manage',
    'centres.read',
    'centres.work',
    'programs.read',
    'programs.work',
  ],
  volunteerCoordinator: [...ALL_STAFF, 'volunteers.manage'],
  auditor: [
    ...ALL_STAFF,
    'registry.read',
    'audit.read',
    'applications.read',
    'blueCard.statistics',
    'payments.read',
    'reports.read',
    'reports.drilldown',
    'socialWork.read',
    'fosterCare.read',
    'familySupport.read',
    'familySupport.readAll',
    'caseload.read',
    'careService.read',
    'telecare.read',
    'neighbourServices.read',
    'dps.read',
    'familyBenefits.read',
    'largeFamilyCards.read',
    'alimonyFund.read',
    'alimonyDebtors.read',
    'housingAllowances.read',
    'centres.read',
    'programs.read',
    'foodAid.read',
    'shelters.read',
    'funerals.read',
    'healthCare.read',
    'crisisIntervention.read',
  ],
  // A carer (own or a provider's) with a login: their clients' addresses, tasks and visit plan only.
  carer: [...ALL_STAFF, 'careSchedule.ownClients'],
  // Nothing of the centre's registry: the commission registers the persons it deals with itself.
  alcoholCommission: [...ALL_STAFF, 'alcoholCommission.work', 'consultationPoint.work'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return permission === 'public' || PERMISSION_MATRIX[role].includes(permission);
}

export function rolesHave(roles: readonly Role[], permission: Permission): boolean {
  return permission === 'public' || roles.some((r) => roleHas(r, permission));
}
