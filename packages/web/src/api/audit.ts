// Calls of the auditor's screen: search the audit trail, verify its hash chain.
import type { AuditSearchResponse, AuditVerifyResponse } from '@lian/contract';
import { request } from './client';

export interface AuditFilters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  filing?: string;
  outcome?: 'success' | 'denied' | 'failure';
}

export const auditApi = {
  search: (filters: AuditFilters, before?: number, limit = 50) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    if (before) q.set('before', String(before));
    q.set('limit', String(limit));
    return request<AuditSearchResponse>(`/api/audit/records?${q.toString()}`);
  },
  verify: () => request<AuditVerifyResponse>('/api/audit/verify', { method: 'POST' }),
};
