// Typed calls of the passkey and own-authenticator routes (@lian/contract passkeys.ts).
import type { EnrolmentResponse, Me, PasskeyInfo, SecondFactorStatus } from '@lian/contract';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { request } from './client';

const enc = encodeURIComponent;

export const securityApi = {
  passkeySignInOptions: () => request<{ options: PublicKeyCredentialRequestOptionsJSON }>('/api/auth/passkey/options', { method: 'POST' }),
  passkeySignIn: (response: AuthenticationResponseJSON) => request<{ user: Me }>('/api/auth/passkey', { method: 'POST', body: response }),

  passkeys: () => request<{ passkeys: PasskeyInfo[] }>('/api/me/passkeys'),
  passkeyRegistrationOptions: () =>
    request<{ options: PublicKeyCredentialCreationOptionsJSON }>('/api/me/passkeys/options', { method: 'POST' }),
  registerPasskey: (name: string, response: RegistrationResponseJSON) =>
    request<{ passkey: PasskeyInfo }>('/api/me/passkeys', { method: 'POST', body: { name, response } }),
  renamePasskey: (id: string, name: string) =>
    request<{ passkey: PasskeyInfo }>(`/api/me/passkeys/${enc(id)}`, { method: 'PUT', body: { name } }),
  removePasskey: (id: string, password?: string) =>
    request<void>(`/api/me/passkeys/${enc(id)}/remove`, { method: 'POST', body: password ? { password } : {} }),

  secondFactorStatus: () => request<SecondFactorStatus>('/api/me/second-factor'),
  startOwnEnrolment: () => request<EnrolmentResponse>('/api/me/second-factor/enrolment', { method: 'POST' }),
  confirmOwnEnrolment: (code: string) =>
    request<{ recoveryCodes: string[] }>('/api/me/second-factor/enrolment/confirm', { method: 'POST', body: { code } }),
  disableOwnSecondFactor: (code: string) => request<void>('/api/me/second-factor/disable', { method: 'POST', body: { code } }),
};
