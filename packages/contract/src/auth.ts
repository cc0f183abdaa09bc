import { z } from 'zod';
import { instant, text, uuid } from './common.js';

export const roles = ['litigant', 'lawyer', 'filing_clerk', 'court_admin', 'judge'] as const;
export type Role = (typeof roles)[number];

/** Sign-in name: a mainland mobile number or an e-mail address. */
export const loginName = z.string().trim().min(3).max(254);

export const registerBody = z.object({
  login: loginName,
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
