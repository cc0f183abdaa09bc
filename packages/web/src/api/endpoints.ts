// Typed calls of the HTTP API, one function per route of the contract (@lian/contract).
import type {
  Court,
  FilingDraftBody,
  FilingSummary,
  FilingView,
  LoginBody,
  MaterialKind,
  MaterialView,
  Me,
  RegisterBody,
  ReviewQueueItem,
  CauseOfAction,
  CorrectionItem,
  FeeView,
  Procedure,
  RejectionGroundView,
} from '@lian/contract';
import { request, uploadBytes, type UploadHandle } from './client';

const enc = encodeURIComponent;

export const api = {
  register: (body: RegisterBody) => request<{ user: Me }>('/api/auth/register', { method: 'POST', body }),
  login: (body: LoginBody) => request<{ user: Me }>('/api/auth/login', { method: 'POST', body }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST' }),
  me: () => request<{ user: Me }>('/api/me'),

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
  uploadMaterial: (
    id: string,
    kind: MaterialKind,
    file: File,
    onProgress: (percent: number) => void,
  ): UploadHandle<{ material: MaterialView }> =>
    uploadBytes(`/api/filings/${enc(id)}/materials?kind=${kind}&fileName=${enc(file.name)}`, file, onProgress),
  deleteMaterial: (id: string, materialId: string) =>
    request<void>(`/api/filings/${enc(id)}/materials/${enc(materialId)}`, { method: 'DELETE' }),
  materialUrl: (id: string, materialId: string) => `/api/filings/${enc(id)}/materials/${enc(materialId)}/content`,

  reviewQueue: (filters: QueueFilters = {}) => {
    const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
    const s = q.toString();
    return request<{ items: ReviewQueueItem[]; counts: QueueCounts }>(`/api/review/queue${s ? `?${s}` : ''}`);
  },
  acceptPreview: (id: string, procedure: Procedure) =>
    request<AcceptPreview>(`/api/review/filings/${enc(id)}/accept-preview?procedure=${procedure}`),
  acceptFiling: (id: string, procedure?: Procedure) =>
    request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/accept`, { method: 'POST', body: procedure ? { procedure } : {} }),
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
}
export interface CorrectionPreview {
  items: CorrectionItem[];
  sections: CorrectionItem['section'][];
  minDueDate: string;
  maxDueDate: string;
  suggestedDueDate: string;
}
