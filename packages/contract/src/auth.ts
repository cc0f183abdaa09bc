import { z } from 'zod';
import { instant, text, uuid } from './common.js';

export const roles = ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge', 'mediator', 'auditor', 'system_admin'] as const;
export type Role = (typeof roles)[number];

/** Sign-in name: a mainland mobile number or an e-mail address. */
export const loginName = z.string().trim().min(3).max(254);

/** The 6-digit one-time code sent by SMS or e-mail (sign-up, password reset). */
export const oneTimeCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

export const registerBody = z.object({
  login: loginName,
  /** The code sent to `login` by POST /api/auth/register/code: proves the number or address is the registrant's. */
  code: oneTimeCode,
  password: z.string().min(1).max(256),
  realName: text(50).pipe(z.string().min(1)),
  idNumber: z.string().trim().min(1).max(32),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.object({
  login: loginName,
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBody>;

export const courtMembership = z.object({ courtId: uuid, role: z.enum(roles) });

export const me = z.object({
  id: uuid,
  login: z.string(),
  realName: z.string(),
  /** Masked, e.g. 110105********123X. */
  idNumberMasked: z.string().nullable(),
  roles: z.array(z.enum(roles)),
  courts: z.array(z.object({ id: uuid, code: z.string(), name: z.string() })),
});
export type Me = z.infer<typeof me>;
export const meResponse = z.object({ user: me });

/** One of the caller's own active sessions. Never the token or its hash. */
export const sessionInfo = z.object({
  id: uuid,
  createdAt: instant,
  lastSeenAt: instant,
  /** When the session ends if left unused: the earlier of the idle and the absolute time-out. */
  expiresAt: instant,
  userAgent: z.string().nullable(),
  /** The session this request was made with. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;
export const sessionsResponse = z.object({ sessions: z.array(sessionInfo) });
export const revokedResponse = z.object({ revoked: z.number().int().nonnegative() });

/**
 * Answer of POST /api/auth/login when the password was right but a second factor must follow:
 * `totp` asks for a code of the enrolled authenticator (or a recovery code), `enrol` for setting one
 * up first (court staff without one). The pending challenge travels in an HttpOnly cookie.
 */
export const secondFactorStep = z.enum(['totp', 'enrol']);
export type SecondFactorStep = z.infer<typeof secondFactorStep>;
export const challengeResponse = z.object({ challenge: z.object({ step: secondFactorStep, expiresAt: instant }) });
export type ChallengeResponse = z.infer<typeof challengeResponse>;
export const loginResponse = z.union([meResponse, challengeResponse]);
export type LoginResponse = z.infer<typeof loginResponse>;

/** A 6-digit TOTP code, or a recovery code such as `7kq2m-x9c4v` (case and hyphens ignored). */
export const secondFactorBody = z.object({ code: z.string().trim().min(6).max(32) });
export type SecondFactorBody = z.infer<typeof secondFactorBody>;

export const enrolmentResponse = z.object({
  /** Base32 secret for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code, a data:image/png URL. */
  qrDataUrl: z.string(),
});
export type EnrolmentResponse = z.infer<typeof enrolmentResponse>;
/** Enrolment confirmed: the session, and 10 recovery codes shown this once. */
export const enrolledResponse = z.object({ user: me, recoveryCodes: z.array(z.string()) });
export type EnrolledResponse = z.infer<typeof enrolledResponse>;

export const signUpCodeBody = z.object({ login: loginName });
export type SignUpCodeBody = z.infer<typeof signUpCodeBody>;
export const passwordResetRequestBody = z.object({ login: loginName });
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBody>;
/** Always the same answer, whether or not an account has that login. */
export const passwordResetRequestResponse = z.object({ sent: z.literal(true), expiresInSeconds: z.number().int() });
/** Always the same answer, whether or not the login is already registered (a registered one is told so by message). */
export const signUpCodeResponse = passwordResetRequestResponse;
export const passwordResetConfirmBody = z.object({
  login: loginName,
  code: oneTimeCode,
  newPassword: z.string().min(1).max(256),
});
export type PasswordResetConfirmBody = z.infer<typeof passwordResetConfirmBody>;
