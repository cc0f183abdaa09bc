// Typed calls of the HTTP API, one function per route of the contract (@lian/contract).
import type {
  CivilFeeCategory,
  ReviewAids,
  Court,
  FilingDraftBody,
  FilingSummary,
  FilingView,
  LoginBody,
  Me,
  RegisterBody,
  SessionInfo,
  ReviewQueueItem,
  CauseOfAction,
  EvidenceFieldsBody,
  MaterialView,
  EnrolledResponse,
  EnrolmentResponse,
  LoginResponse,
  PasswordResetConfirmBody,
  DocumentVerification,
  DocumentView,
  CorrectionItem,
  FeeView,
  Procedure,
  RejectionGroundView,
  MaterialLinksResponse,
  DocumentLinksResponse,
} from '@lian/contract';
import { request } from './client';

const enc = encodeURIComponent;

export const api = {
  /** Sends the sign-up code to the login (the same answer whether or not it is registered). */
  requestSignUpCode: (login: string) =>
    request<{ sent: true; expiresInSeconds: number }>('/api/auth/register/code', { method: 'POST', body: { login } }),
  register: (body: RegisterBody) => request<{ user: Me }>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginBody) => request<LoginResponse>('/api/auth/login', { method: 'POST', body }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST' }),
  me: () => request<{ user: Me }>('/api/me'),
  sessions: () => request<{ sessions: SessionInfo[] }>('/api/auth/sessions'),
  endSession: (id: string) => request<void>(`/api/auth/sessions/${enc(id)}`, { method: 'DELETE' }),
  endOtherSessions: () => request<{ revoked: number }>('/api/auth/sessions/revoke-others', { method: 'POST' }),
  /** A plain link: the browser downloads the JSON attachment with the session cookie. */
  dataExportUrl: '/api/me/data-export',
  deleteAccount: (password: string) => request<void>('/api/me/delete', { method: 'POST', body: { password } }),

  courts: () => request<{ courts: Court[] }>('/api/courts'),
  causesOfAction: (q: string, limit = 20, signal?: AbortSignal) =>
    request<{ version: string; items: CauseOfAction[] }>(`/api/causes-of-action?q=${enc(q)}&limit=${limit}`, { signal }),

  filings: () => request<{ filings: FilingSummary[] }>('/api/filings'),
  createFiling: (courtId: string) =>
    request<{ filing: FilingView }>('/api/filings', {
      method: 'POST',
      body: { courtId, caseType: 'civil_first_instance' },
    }),
  filing: (id: string) => request<{ filing: FilingView }>(`/api/filings/${enc(id)}`),
  saveFiling: (id: string, body: FilingDraftBody) => request<{ filing: FilingView }>(`/api/filings/${enc(id)}`, { method: 'PUT', body }),
  submitFiling: (id: string) => request<{ filing: FilingView }>(`/api/filings/${enc(id)}/submit`, { method: 'POST' }),
  deleteMaterial: (id: string, materialId: string) =>
    request<void>(`/api/filings/${enc(id)}/materials/${enc(materialId)}`, { method: 'DELETE' }),
  /** Short-lived links (bound to this session) to the files and previews of a filing's materials. */
  materialLinks: (id: string) => request<MaterialLinksResponse>(`/api/filings/${enc(id)}/material-links`),
  saveEvidence: (id: string, materialId: string, body: EvidenceFieldsBody) =>
    request<{ material: MaterialView }>(`/api/filings/${enc(id)}/materials/${enc(materialId)}/evidence`, { method: 'PUT', body }),
  reorderEvidence: (id: string, materialIds: string[]) =>
    request<{ materials: MaterialView[] }>(`/api/filings/${enc(id)}/evidence-order`, { method: 'PUT', body: { materialIds } }),

  reviewQueue: (filters: QueueFilters = {}) => {
    const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
    const s = q.toString();
    return request<{ items: ReviewQueueItem[]; counts: QueueCounts }>(`/api/review/queue${s ? `?${s}` : ''}`);
  },
  acceptPreview: (id: string, procedure: Procedure, feeCategory?: CivilFeeCategory) =>
    request<AcceptPreview>(
      `/api/review/filings/${enc(id)}/accept-preview?procedure=${procedure}${feeCategory ? `&feeCategory=${feeCategory}` : ''}`,
    ),
  acceptFiling: (id: string, procedure?: Procedure, feeCategory?: CivilFeeCategory) =>
    request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/accept`, { method: 'POST', body: { procedure, feeCategory } }),
  reviewAids: (id: string) => request<ReviewAids>(`/api/review/filings/${enc(id)}/aids`),
  correctionPreview: (id: string) => request<CorrectionPreview>(`/api/review/filings/${enc(id)}/correction-preview`),
  requestCorrection: (id: string, body: { items: CorrectionItem[]; dueDate: string }) =>
    request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/request-correction`, { method: 'POST', body }),
  rejectionGrounds: () => request<{ grounds: RejectionGroundView[] }>('/api/review/rejection-grounds'),
  rejectFiling: (id: string, body: { ground: string; reason: string }) =>
    request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/reject`, { method: 'POST', body }),
  judges: () => request<{ judges: Array<{ id: string; name: string; courtId: string }> }>('/api/review/judges'),
  assignJudge: (id: string, judgeId: string) =>
    request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/assign`, { method: 'POST', body: { judgeId } }),
  insist: (id: string) => request<{ filing: FilingView }>(`/api/filings/${enc(id)}/insist`, { method: 'POST' }),
  secondFactor: (code: string) => request<{ user: Me }>('/api/auth/second-factor', { method: 'POST', body: { code } }),
  startEnrolment: () => request<EnrolmentResponse>('/api/auth/second-factor/enrolment', { method: 'POST' }),
  confirmEnrolment: (code: string) =>
    request<EnrolledResponse>('/api/auth/second-factor/enrolment/confirm', { method: 'POST', body: { code } }),
  requestPasswordReset: (login: string) =>
    request<{ sent: true; expiresInSeconds: number }>('/api/auth/password-reset/request', { method: 'POST', body: { login } }),
  confirmPasswordReset: (body: PasswordResetConfirmBody) => request<void>('/api/auth/password-reset/confirm', { method: 'POST', body }),
  documents: (id: string) => request<{ documents: DocumentView[] }>(`/api/filings/${enc(id)}/documents`),
  /** Short-lived links (bound to this session) to the PDFs of the documents issued on a filing. */
  documentLinks: (id: string) => request<DocumentLinksResponse>(`/api/filings/${enc(id)}/document-links`),
  verifyDocument: (code: string) => request<{ document: DocumentVerification }>(`/api/verify/${enc(code)}`),
};

export type { Procedure };
export interface QueueFilters {
  courtId?: string;
  state?: string;
  causeOfActionCode?: string;
  submittedFrom?: string;
  submittedTo?: string;
  maxDaysLeft?: string;
  represented?: string;
}
export interface QueueCounts {
  submitted: number;
  corrected: number;
  insisted: number;
}
export interface AcceptPreview {
  suggestedProcedure: Procedure;
  procedure: Procedure;
  fee: FeeView;
  feeDueDate: string | null;
  suggestedFeeCategory: CivilFeeCategory;
  feeCategory: CivilFeeCategory;
  feeCategoryBasis: string;
  matchedHeading: string | null;
}
export interface CorrectionPreview {
  items: CorrectionItem[];
  sections: CorrectionItem['section'][];
  minDueDate: string;
  maxDueDate: string;
  suggestedDueDate: string;
}
