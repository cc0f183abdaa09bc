// Typed calls of the judge's workspace (@lian/contract judge.ts). One case is read with api.filing.
import type { CaseFeeState, JudgeCasesResponse } from '@lian/contract';
import { request } from './client';

export interface JudgeCaseFilters {
  feeState?: CaseFeeState;
  q?: string;
}

export const judgeApi = {
  cases: (filters: JudgeCaseFilters, limit: number, offset: number) => {
    const q = new URLSearchParams({ limit: String(limit), offset: String(offset) });
    if (filters.feeState) q.set('feeState', filters.feeState);
    if (filters.q) q.set('q', filters.q);
    return request<JudgeCasesResponse>(`/api/judge/cases?${q.toString()}`);
  },
};
