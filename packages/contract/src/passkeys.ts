// Passkeys (WebAuthn) and the account holder's own second factor (TOTP opt-in for litigants and
// lawyers). The ceremony payloads are the JSON forms of WebAuthn Level 3 (what
// @simplewebauthn/browser produces); binary fields are base64url.
import { z } from 'zod';
import { instant, text, uuid } from './common.js';

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, 'must be base64url');
const credentialId = base64url(1366).min(16);
const clientExtensionResults = z.record(z.string(), z.unknown()).default({});
const authenticatorAttachment = z.enum(['platform', 'cross-platform']).optional();

export const registrationResponseJson = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    attestationObject: base64url(65536),
    authenticatorData: base64url(8192).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(8192).optional(),
  }),
  clientExtensionResults,
  authenticatorAttachment,
});

export const authenticationResponseJson = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url(8192),
    authenticatorData: base64url(8192),
    signature: base64url(2048),
    userHandle: base64url(256).optional(),
  }),
  clientExtensionResults,
  authenticatorAttachment,
});
export type AuthenticationResponseBody = z.infer<typeof authenticationResponseJson>;

/** A passkey's name as the account holder gave it, e.g. "我的手机". */
export const passkeyName = text(50).pipe(z.string().min(1, 'required'));

export const passkeyRegisterBody = z.object({ name: passkeyName, response: registrationResponseJson });
export type PasskeyRegisterBody = z.infer<typeof passkeyRegisterBody>;
export const passkeyRenameBody = z.object({ name: passkeyName });
/** Removing a passkey: the password, unless the session was signed in within the last 10 minutes. */
export const passkeyRemoveBody = z.object({ password: z.string().min(1).max(256).optional() });

export const passkeyInfo = z.object({
  id: uuid,
  name: z.string(),
  createdAt: instant,
  lastUsedAt: instant.nullable(),
  /** Synced by the platform (iCloud Keychain, Google Password Manager) and so usable on other devices. */
  synced: z.boolean(),
});
export type PasskeyInfo = z.infer<typeof passkeyInfo>;
export const passkeysResponse = z.object({ passkeys: z.array(passkeyInfo) });
export const passkeyResponse = z.object({ passkey: passkeyInfo });

/** Options of a ceremony for navigator.credentials.create/get (WebAuthn JSON form, passed through as is). */
export const webauthnOptionsResponse = z.object({ options: z.looseObject({ challenge: z.string(), timeout: z.number().optional() }) });

/** The account's own second factor, as the account page shows it. */
export const secondFactorStatus = z.object({
  enrolled: z.boolean(),
  /** Court staff must keep theirs: they cannot turn it off. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().nonnegative(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatus>;
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
