// Typed calls of the fee routes (@lian/contract fees.ts): the fee card, paying, judicial aid and its decision.
import type { FeeStatus, JudicialAidBody, JudicialAidDecisionBody, JudicialAidKinds, StartPaymentResponse } from '@lian/contract';
import { request } from './client';

const enc = encodeURIComponent;

export const feesApi = {
  status: (id: string) => request<{ fees: FeeStatus }>(`/api/filings/${enc(id)}/fees`),
  startPayment: (id: string) => request<StartPaymentResponse>(`/api/filings/${enc(id)}/fees/payments`, { method: 'POST' }),
  aidKinds: () => request<JudicialAidKinds>('/api/fees/judicial-aid-kinds'),
  applyForAid: (id: string, body: JudicialAidBody) =>
    request<{ fees: FeeStatus }>(`/api/filings/${enc(id)}/fees/judicial-aid`, { method: 'POST', body }),
  decideAid: (id: string, body: JudicialAidDecisionBody) =>
    request<{ fees: FeeStatus }>(`/api/review/filings/${enc(id)}/judicial-aid/decision`, { method: 'POST', body }),
};

/** Where the browser goes to pay: the gateway's page (the simulated one is served by our own server). */
export const goTo = { url: (href: string) => window.location.assign(href) };
