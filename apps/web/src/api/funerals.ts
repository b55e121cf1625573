import type {
  CreateFuneral,
  Funeral,
  FuneralCostLimit,
  FuneralCostLimitInput,
  FuneralCostLimitPage,
  FuneralHome,
  FuneralHomeInput,
  FuneralHomePage,
  FuneralInvoiceInput,
  FuneralPage,
  FuneralRecoveryInput,
} from '@ostoja/domain/funerals/funeral';
import { funerals } from '@ostoja/domain/i18n/funerals';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFunerals } from '../i18n/ui-funerals.ts';
import { byId, type In, type PageQuery, pageOf, postOn, postTo } from './client.ts';

// This module's strings load with its screens.
registerMessages(uiFunerals, funerals);

// Funerals the centre arranges (art. 44 ups), typed by the schemas the server runs.
export const funeralsApi = {
  homes: pageOf<FuneralHomePage>('/api/v1/funeral-homes'),
  addHome: postTo<FuneralHome, In<typeof FuneralHomeInput>>('/api/v1/funeral-homes'),
  limits: pageOf<FuneralCostLimitPage>('/api/v1/funeral-cost-limits'),
  addLimit: postTo<FuneralCostLimit, In<typeof FuneralCostLimitInput>>('/api/v1/funeral-cost-limits'),
  list: pageOf<FuneralPage, PageQuery & { personId?: string | undefined; outstanding?: 'true' | undefined }>(
    '/api/v1/funerals',
  ),
  one: byId<Funeral>('/api/v1/funerals'),
  arrange: postTo<Funeral, In<typeof CreateFuneral>>('/api/v1/funerals'),
  invoice: postOn<Funeral, typeof FuneralInvoiceInput>('/api/v1/funerals', 'invoice'),
  recover: postOn<Funeral, typeof FuneralRecoveryInput>('/api/v1/funerals', 'recoveries'),
};
