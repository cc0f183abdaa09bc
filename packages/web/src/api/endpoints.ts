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
  DocumentVerification,
  DocumentView,
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

  reviewQueue: (courtId?: string) => request<{ items: ReviewQueueItem[] }>(`/api/review/queue${courtId ? `?courtId=${enc(courtId)}` : ''}`),
  acceptFiling: (id: string) => request<{ filing: FilingView }>(`/api/review/filings/${enc(id)}/accept`, { method: 'POST' }),

  documents: (id: string) => request<{ documents: DocumentView[] }>(`/api/filings/${enc(id)}/documents`),
  documentUrl: (id: string, documentId: string) => `/api/filings/${enc(id)}/documents/${enc(documentId)}/content`,
  verifyDocument: (code: string) => request<{ document: DocumentVerification }>(`/api/verify/${enc(code)}`),
};
