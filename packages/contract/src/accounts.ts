// Kinds of account (natural person, organisation, lawyer, court staff), real-name verification, lawyer
// verification and the court's staff administration.
import { z } from 'zod';
import { instant, text, uuid } from './common.js';
import { loginName, oneTimeCode, roles } from './auth.js';

export const accountKinds = ['person', 'organisation', 'lawyer', 'staff'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** Roles of court staff, granted by a court administrator (system_admin only by a system administrator). */
export const staffRoles = ['filing_clerk', 'judge', 'mediator', 'court_admin', 'auditor', 'system_admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

const password = z.string().min(1).max(256);
const personName = text(50).pipe(z.string().min(1));
const idNumber = z.string().trim().min(1).max(32);

/** An organisation (单位): the person acting for it registers with their own real name and ID number. */
export const registerOrganisationBody = z.object({
  login: loginName,
  code: oneTimeCode,
  password,
  /** The acting person (经办人). */
  realName: personName,
  idNumber,
  phone: z.string().trim().min(1).max(20),
  organisationName: text(200).pipe(z.string().min(1)),
  /** 统一社会信用代码 (GB 32100-2015). */
  creditCode: z.string().trim().min(1).max(32),
  /** 法定代表人 or 主要负责人. */
  legalRepresentative: personName,
});
export type RegisterOrganisationBody = z.infer<typeof registerOrganisationBody>;

export const registerLawyerBody = z.object({
  login: loginName,
  code: oneTimeCode,
  password,
  realName: personName,
  idNumber,
  /** 律师执业证号: 17 digits. */
  certificateNumber: z.string().trim().min(1).max(32),
  lawFirm: text(200).pipe(z.string().min(1)),
});
export type RegisterLawyerBody = z.infer<typeof registerLawyerBody>;
/** PUT /api/me/lawyer-certificate: a lawyer's certificate put on file or corrected (back to verification). */
export const lawyerCertificateBody = registerLawyerBody.pick({ certificateNumber: true, lawFirm: true });
export type LawyerCertificateBody = z.infer<typeof lawyerCertificateBody>;

export const identityCheckResult = z.enum(['verified', 'refused', 'unavailable']);
export const lawyerStatus = z.enum(['pending', 'verified', 'refused']);
export type LawyerStatus = z.infer<typeof lawyerStatus>;

/** GET /api/me/identity: how the account's real name was checked, and its organisation or lawyer details. */
export const identityStatus = z.object({
  kind: z.enum(accountKinds),
  verified: z.boolean(),
  lastCheck: z.object({ method: z.string(), at: instant, result: identityCheckResult, reason: z.string().nullable() }).nullable(),
  organisation: z.object({ name: z.string(), creditCode: z.string(), legalRepresentative: z.string() }).nullable(),
  lawyer: z
    .object({ certificateMasked: z.string(), lawFirm: z.string(), status: lawyerStatus, refusalReason: z.string().nullable() })
    .nullable(),
});
export type IdentityStatus = z.infer<typeof identityStatus>;
export const identityStatusResponse = z.object({ identity: identityStatus });

export const staffMember = z.object({
  id: uuid,
  login: z.string(),
  realName: z.string(),
  roles: z.array(z.enum(roles)),
  courts: z.array(z.object({ id: uuid, code: z.string(), name: z.string() })),
  active: z.boolean(),
  secondFactorEnrolled: z.boolean(),
  /** Whether the caller may change this member (own courts only, never oneself, system administrators by their peers). */
  manageable: z.boolean(),
});
export type StaffMember = z.infer<typeof staffMember>;
export const staffListResponse = z.object({
  staff: z.array(staffMember),
  /** Courts the caller may grant roles at, and the roles they may grant. */
  scope: z.object({
    courts: z.array(z.object({ id: uuid, code: z.string(), name: z.string() })),
    roles: z.array(z.enum(staffRoles)),
  }),
});
export type StaffListResponse = z.infer<typeof staffListResponse>;

export const staffAssignment = z.object({
  roles: z.array(z.enum(roles)).min(1).max(staffRoles.length),
  courtIds: z.array(uuid).max(50),
});
export const createStaffBody = staffAssignment.extend({
  /** The member's work e-mail: their sign-in name and where the set-up code goes. */
  login: z.string().trim().min(3).max(254),
  realName: personName,
});
export type CreateStaffBody = z.infer<typeof createStaffBody>;
export type StaffAssignment = z.infer<typeof staffAssignment>;
export const staffMemberResponse = z.object({ member: staffMember });

export const lawyerApplication = z.object({
  userId: uuid,
  realName: z.string(),
  certificateMasked: z.string(),
  lawFirm: z.string(),
  status: lawyerStatus,
  registeredAt: instant,
  decidedAt: instant.nullable(),
  refusalReason: z.string().nullable(),
});
export type LawyerApplication = z.infer<typeof lawyerApplication>;
export const lawyerListQuery = z.object({ status: lawyerStatus.default('pending') });
export const lawyerListResponse = z.object({ lawyers: z.array(lawyerApplication) });
export const lawyerCertificateResponse = z.object({ certificateNumber: z.string() });
export const refuseLawyerBody = z.object({ reason: text(500).pipe(z.string().min(1)) });
export type RefuseLawyerBody = z.infer<typeof refuseLawyerBody>;
