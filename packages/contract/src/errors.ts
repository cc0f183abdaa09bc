import { z } from 'zod';

/** Stable machine codes of API errors. Clients localize by code; never rename one. */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
  'LOGIN_TAKEN',
  'ID_NUMBER_TAKEN',
  'ID_NUMBER_INVALID',
  'CREDIT_CODE_INVALID',
  'PHONE_INVALID',
  'PASSWORD_TOO_WEAK',
  'BAD_CREDENTIALS',
  /** Too many failed sign-ins for one login; `details[0].code` is the seconds to wait (also Retry-After). */
  'ACCOUNT_LOCKED',
  'COURT_NOT_FOUND',
  'CAUSE_OF_ACTION_UNKNOWN',
  'FILING_NOT_EDITABLE',
  'FILING_INCOMPLETE',
  'FILING_STATE_CONFLICT',
  'MATERIAL_TYPE_REFUSED',
  'MATERIAL_TOO_LARGE',
  'MATERIAL_EMPTY',
  'MATERIAL_NAME_INVALID',
  'MATERIAL_LIMIT_REACHED',
  /** The account has filings before a court: it cannot be deleted (they are court records). */
  'ACCOUNT_HAS_FILINGS',
  /** The content cannot be read: encrypted or damaged PDF, undecodable image, broken or oversized archive; `details[0].code` says which. */
  'MATERIAL_UNREADABLE',
  /** The virus scanner found something; the detail with path 'signature' holds the signature name. */
  'MATERIAL_INFECTED',
  /** The file could not be scanned for viruses (scanner unavailable): try again later. */
  'MATERIAL_SCAN_FAILED',
  /** An evidence reorder did not name every evidence file of the filing exactly once. */
  'EVIDENCE_ORDER_INVALID',
  /** Evidence-list fields were sent for a material that is not evidence. */
  'MATERIAL_NOT_EVIDENCE',
  /** The TOTP or recovery code of a sign-in (or of enrolment) was wrong, already used or replayed. */
  'SECOND_FACTOR_INVALID',
  /** The pending sign-in challenge is unknown, used or older than 5 minutes: sign in again. */
  'CHALLENGE_EXPIRED',
  /** A one-time code sent by SMS or e-mail is wrong, expired, used up, or the login is unknown. */
  'CODE_INVALID',
  /** The filing's files together would exceed LIAN_MAX_FILING_BYTES (uploads in progress count). */
  'FILING_SIZE_LIMIT_REACHED',
  /** A resumable-upload PATCH whose Upload-Offset is not the server's offset; ask with HEAD and resume. */
  'UPLOAD_OFFSET_MISMATCH',
  /** A resumable upload that was not finished in time and has been deleted; start again. */
  'UPLOAD_EXPIRED',
  /** A tus request that breaks the protocol or lacks required metadata. */
  'UPLOAD_INVALID',
  /** GET /api/verify/:code: no document was issued with this verification code. */
  'VERIFICATION_CODE_UNKNOWN',
  /** A change to a section the correction notice does not name; `details[].path` names each section. */
  'CORRECTION_OUTSIDE_NOTICE',
  /** The correction period has ended: the filing is returned, corrections are no longer taken. */
  'CORRECTION_DEADLINE_PASSED',
  /** The correction deadline is not in the future or is further away than the court allows. */
  'CORRECTION_DEADLINE_INVALID',
  'REJECTION_GROUND_UNKNOWN',
  /** The judge is not a judge of the filing's court. */
  'JUDGE_NOT_AT_COURT',
  /** There is no acceptance fee to pay on the filing now (not registered, already settled, or lapsed). */
  'FEE_NOT_PAYABLE',
  /** A payment gateway callback was refused; `details[0].code` says why (signature_invalid, timestamp_stale, replayed, amount_mismatch, …). */
  'PAYMENT_CALLBACK_REFUSED',
  /** A judicial-aid application does not meet the rules; `details[]` names each problem (domain JudicialAidIssue codes). */
  'JUDICIAL_AID_INVALID',
  /** A judicial-aid application is already pending, or none is pending to decide. */
  'JUDICIAL_AID_CONFLICT',
  /** The clerk's decision on a judicial-aid application is out of bounds (percent, deferral date). */
  'JUDICIAL_AID_DECISION_INVALID',
  /** A lawyer's practising certificate number (执业证号) is not 17 digits. */
  'LAWYER_CERTIFICATE_INVALID',
  /** Another account already holds this practising certificate number. */
  'LAWYER_CERTIFICATE_TAKEN',
  /** The account's real-name verification has not succeeded: it may draft but not submit; verify on the account page. */
  'IDENTITY_UNVERIFIED',
  /** A lawyer files for clients only after a court administrator has verified the practising certificate. */
  'LAWYER_NOT_VERIFIED',
  /** A staff change beyond the administrator's powers: a role they may not grant or a court they do not administer. */
  'ROLE_ESCALATION_REFUSED',
  /** Nobody changes, deactivates or resets their own staff account through the administration. */
  'SELF_CHANGE_REFUSED',
  /** A passkey response could not be verified: unknown or removed passkey, wrong site, bad signature, no user verification, or an older signature counter. */
  'PASSKEY_INVALID',
  /** Grave changes to the account's sign-in need a sign-in within the last 10 minutes or the password. */
  'REAUTHENTICATION_REQUIRED',
  /** The account already has the maximum number of passkeys (10). */
  'PASSKEY_LIMIT_REACHED',
  /** Court staff must keep their second factor. */
  'SECOND_FACTOR_REQUIRED',
  /** The account already has a confirmed authenticator app. */
  'SECOND_FACTOR_ALREADY_ENROLLED',
  /** A file was asked for without a download link of this session, or with a changed one. */
  'DOWNLOAD_LINK_INVALID',
  /** The download link is older than its few minutes: the page asks for a fresh one. */
  'DOWNLOAD_LINK_EXPIRED',
  /** No payment gateway is configured: the fee is paid at the court as the payment notice says. */
  'PAYMENT_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorDetail = z.object({
  /** Where the problem is, e.g. "defendants.0.name" or a material id. */
  path: z.string(),
  /** Stable code of this one problem, e.g. "required", "ID_NUMBER_CHECKSUM". */
  code: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetail>;

export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(errorDetail).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
