// Typed calls of the account routes: organisation and lawyer registration, real-name verification,
// and the court administration (staff, lawyer verification).
import type {
  CreateStaffBody,
  IdentityStatus,
  LawyerApplication,
  LawyerCertificateBody,
  LawyerStatus,
  Me,
  RegisterLawyerBody,
  RegisterOrganisationBody,
  StaffAssignment,
  StaffListResponse,
  StaffMember,
} from '@lian/contract';
import { request } from './client';

const enc = encodeURIComponent;

export const accountsApi = {
  registerOrganisation: (body: RegisterOrganisationBody) =>
    request<{ user: Me }>('/api/auth/register/organisation', { method: 'POST', body }),
  registerLawyer: (body: RegisterLawyerBody) => request<{ user: Me }>('/api/auth/register/lawyer', { method: 'POST', body }),
  identity: () => request<{ identity: IdentityStatus }>('/api/me/identity'),
  verifyIdentity: () => request<{ identity: IdentityStatus }>('/api/me/identity/verify', { method: 'POST' }),
  submitLawyerCertificate: (body: LawyerCertificateBody) =>
    request<{ identity: IdentityStatus }>('/api/me/lawyer-certificate', { method: 'PUT', body }),

  staff: () => request<StaffListResponse>('/api/admin/staff'),
  createStaff: (body: CreateStaffBody) => request<{ member: StaffMember }>('/api/admin/staff', { method: 'POST', body }),
  updateStaff: (id: string, body: StaffAssignment) =>
    request<{ member: StaffMember }>(`/api/admin/staff/${enc(id)}`, { method: 'PUT', body }),
  staffAction: (id: string, action: 'deactivate' | 'reactivate' | 'reset-second-factor') =>
    request<{ member: StaffMember }>(`/api/admin/staff/${enc(id)}/${action}`, { method: 'POST' }),

  lawyers: (status: LawyerStatus) => request<{ lawyers: LawyerApplication[] }>(`/api/admin/lawyers?status=${status}`),
  lawyerCertificate: (id: string) => request<{ certificateNumber: string }>(`/api/admin/lawyers/${enc(id)}/certificate`),
  approveLawyer: (id: string) => request<void>(`/api/admin/lawyers/${enc(id)}/approve`, { method: 'POST' }),
  refuseLawyer: (id: string, reason: string) => request<void>(`/api/admin/lawyers/${enc(id)}/refuse`, { method: 'POST', body: { reason } }),
};
