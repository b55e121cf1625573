import type {
  CreateHealthCareDecision,
  HealthCareDecision,
  HealthCareDecisionPage,
} from '@ostoja/domain/health-care/decision';
import { healthCare } from '@ostoja/domain/i18n/health-care';
import { registerMessages } from '@ostoja/domain/i18n/index';
import type { z } from 'zod';
import { uiHealthCare } from '../i18n/ui-health-care.ts';
import { api, pageOf } from './client.ts';

// This module's strings (screens and the calculation's steps) load with its screens.
registerMessages(uiHealthCare, healthCare);

// Decisions on the right to health care (art. 54 of the health-care act), typed by the server's schemas.
export const healthCareApi = {
  list: pageOf<
    HealthCareDecisionPage,
    { after?: string | undefined; limit: number; current?: 'true' | undefined }
  >('/api/v1/health-care-decisions'),
  decide: (body: z.input<typeof CreateHealthCareDecision>) =>
    api.post<HealthCareDecision>('/api/v1/health-care-decisions', body),
};
