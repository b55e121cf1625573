import type {
  AlimonyFundCalculatorAnswer,
  AlimonyFundCalculatorRequest,
} from '@ostoja/domain/alimony-fund/calculator';
import type { CalculatorAnswer } from '@ostoja/domain/benefits/responses';
import type { CalculatorRequest } from '@ostoja/domain/benefits/self-check';
import type { FamilyBenefitsCalculatorAnswer } from '@ostoja/domain/family-benefits/application';
import type { FamilyBenefitsCalculatorRequest } from '@ostoja/domain/family-benefits/calculator';
import type {
  FiledKdrApplication,
  OnlineKdrApplication,
} from '@ostoja/domain/family-benefits/large-family-card-online';
import type { AddressLookup, AddressLookupQuery } from '@ostoja/domain/org/address';
import type {
  DocumentMeta,
  HelpFormInput,
  NEWS_KINDS,
  NewsInput,
  PageInput,
  PageKey,
  UpdateDocumentMeta,
  UpdateHelpForm,
  UpdateNews,
} from '@ostoja/domain/portal/content';
import type {
  HelpFormCatalogue,
  NewsList,
  PublicDocuments,
  PublicHelpForm,
  PublicNewsItem,
  PublicOffices,
  PublicPage,
  StaffDocument,
  StaffDocuments,
  StaffHelpForm,
  StaffHelpForms,
  StaffNews,
  StaffNewsList,
  StaffPage,
  UploadProgress,
} from '@ostoja/domain/portal/content-response';
import type {
  CareFeeAnswerSchema,
  CareFeeSelfCheckRequest,
  FoodAidSelfCheckRequest,
  HousingSelfCheckRequest,
  MealsSelfCheckRequest,
  SelfCheckAnswerSchema,
} from '@ostoja/domain/self-checks/self-checks';
import type { Ok } from '@ostoja/domain/shared/response';
import type { z } from 'zod';
import { api, type In, type Query, withQuery } from './client.ts';

// The portal's content API, typed by the schemas the server runs: the public reads (in the
// language of the request) and the staff's editing.
type Paging = { after?: string | undefined; limit?: number | undefined };
type NewsQuery = Paging & { kind?: (typeof NEWS_KINDS)[number]; pinned?: 'true' | 'false' };
/** A file's first part rides with its description; further parts follow (`addDocumentPart`). */
type NewDocument = In<typeof DocumentMeta> & {
  fileName: string;
  mediaType?: string | null;
  size: number;
  data: string;
};
export type FilePart = { offset: number; data: string };

const staff = '/api/v1/portal-content';
export type PortalSelfCheckAnswer = z.output<typeof SelfCheckAnswerSchema>;

export const portalApi = {
  offices: (signal?: AbortSignal) => api.get<PublicOffices>('/api/v1/portal/offices', signal),
  helpForms: (signal?: AbortSignal) => api.get<HelpFormCatalogue>('/api/v1/portal/help-forms', signal),
  helpForm: (slug: string, signal?: AbortSignal) =>
    api.get<PublicHelpForm>(`/api/v1/portal/help-forms/${encodeURIComponent(slug)}`, signal),
  news: (query: NewsQuery, signal?: AbortSignal) =>
    api.get<NewsList>(withQuery('/api/v1/portal/news', query as Query), signal),
  newsItem: (id: string, signal?: AbortSignal) =>
    api.get<PublicNewsItem>(`/api/v1/portal/news/${id}`, signal),
  documents: (signal?: AbortSignal) => api.get<PublicDocuments>('/api/v1/portal/documents', signal),
  page: (key: PageKey, signal?: AbortSignal) => api.get<PublicPage>(`/api/v1/portal/pages/${key}`, signal),
  /** "Czy mogę dostać?": the public calculator (benefits module). */
  selfCheck: (body: In<typeof CalculatorRequest>) =>
    api.post<CalculatorAnswer>('/api/v1/calculators/social-assistance', body),
  /** The public family benefits calculator (zasiłek rodzinny with its dodatki). */
  familySelfCheck: (body: In<typeof FamilyBenefitsCalculatorRequest>) =>
    api.post<z.output<typeof FamilyBenefitsCalculatorAnswer>>('/api/v1/calculators/family-benefits', body),
  /** The portal's self-checks of meals, food aid and the housing allowance (nothing stored). */
  mealsSelfCheck: (body: In<typeof MealsSelfCheckRequest>) =>
    api.post<PortalSelfCheckAnswer>('/api/v1/calculators/meals', body),
  foodAidSelfCheck: (body: In<typeof FoodAidSelfCheckRequest>) =>
    api.post<PortalSelfCheckAnswer>('/api/v1/calculators/food-aid', body),
  housingSelfCheck: (body: In<typeof HousingSelfCheckRequest>) =>
    api.post<PortalSelfCheckAnswer>('/api/v1/calculators/housing-allowance', body),
  /** "How much would I pay an hour?" for care services, by the fee table in force (nothing stored). */
  careFeeSelfCheck: (body: In<typeof CareFeeSelfCheckRequest>) =>
    api.post<z.output<typeof CareFeeAnswerSchema>>('/api/v1/calculators/care-fee', body),
  /** The alimony fund's public calculator (alimony-fund module). */
  alimonySelfCheck: (body: In<typeof AlimonyFundCalculatorRequest>) =>
    api.post<z.output<typeof AlimonyFundCalculatorAnswer>>('/api/v1/calculators/alimony-fund', body),
  /** The Karta Dużej Rodziny applied for online (the KDR module takes it). */
  kdrApply: (body: In<typeof OnlineKdrApplication>) =>
    api.post<FiledKdrApplication>('/api/v1/portal/large-family-card-applications', body),
  /** "Który ośrodek mnie obsługuje?": the field team and office of an address (org module). */
  addressLookup: (query: In<typeof AddressLookupQuery>) =>
    api.get<AddressLookup>(withQuery('/api/v1/address-lookup', query)),
};

export const contentApi = {
  helpForms: (signal?: AbortSignal) => api.get<StaffHelpForms>(`${staff}/help-forms`, signal),
  helpForm: (id: string, signal?: AbortSignal) => api.get<StaffHelpForm>(`${staff}/help-forms/${id}`, signal),
  createHelpForm: (body: In<typeof HelpFormInput>) => api.post<StaffHelpForm>(`${staff}/help-forms`, body),
  updateHelpForm: (id: string, body: In<typeof UpdateHelpForm>) =>
    api.put<StaffHelpForm>(`${staff}/help-forms/${id}`, body),
  deleteHelpForm: (id: string) => api.delete<Ok>(`${staff}/help-forms/${id}`),
  news: (query: Paging, signal?: AbortSignal) =>
    api.get<StaffNewsList>(withQuery(`${staff}/news`, query as Query), signal),
  newsItem: (id: string, signal?: AbortSignal) => api.get<StaffNews>(`${staff}/news/${id}`, signal),
  createNews: (body: In<typeof NewsInput>) => api.post<StaffNews>(`${staff}/news`, body),
  updateNews: (id: string, body: In<typeof UpdateNews>) => api.put<StaffNews>(`${staff}/news/${id}`, body),
  deleteNews: (id: string) => api.delete<Ok>(`${staff}/news/${id}`),
  documents: (signal?: AbortSignal) => api.get<StaffDocuments>(`${staff}/documents`, signal),
  createDocument: (body: NewDocument) => api.post<StaffDocument>(`${staff}/documents`, body),
  addDocumentPart: (id: string, part: FilePart) =>
    api.post<UploadProgress>(`${staff}/documents/${id}/parts`, part),
  updateDocument: (id: string, body: In<typeof UpdateDocumentMeta>) =>
    api.put<StaffDocument>(`${staff}/documents/${id}`, body),
  deleteDocument: (id: string) => api.delete<Ok>(`${staff}/documents/${id}`),
  page: (key: PageKey, signal?: AbortSignal) => api.get<StaffPage>(`${staff}/pages/${key}`, signal),
  savePage: (key: PageKey, body: In<typeof PageInput>) => api.put<StaffPage>(`${staff}/pages/${key}`, body),
};

// The shapes the screens name.
export type {
  HelpFormSummary,
  NewsList,
  NewsSummary,
  PublicDocument,
  PublicOffice,
  PublicOffices as OfficesAnswer,
  PublicPage,
} from '@ostoja/domain/portal/content-response';
export type HelpForm = PublicHelpForm;
export type NewsItem = PublicNewsItem;
export type { CalculatorBenefit as SelfCheckKind } from '@ostoja/domain/benefits/self-check';
export type { AddressLookup, CalculatorAnswer, StaffDocument, StaffHelpForm, StaffNews, StaffPage };
