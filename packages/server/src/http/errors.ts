// Errors a use case reports to its caller, with a stable code; routes turn them into
// `{ error: { code, message, details } }` with the status below.
import type { ErrorCode, ErrorDetail } from '@lian/contract';

const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
  LOGIN_TAKEN: 409,
  ID_NUMBER_TAKEN: 409,
  ID_NUMBER_INVALID: 422,
  CREDIT_CODE_INVALID: 422,
  PHONE_INVALID: 422,
  PASSWORD_TOO_WEAK: 422,
  BAD_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  COURT_NOT_FOUND: 422,
  CAUSE_OF_ACTION_UNKNOWN: 422,
  FILING_NOT_EDITABLE: 409,
  FILING_INCOMPLETE: 422,
  FILING_STATE_CONFLICT: 409,
  MATERIAL_TYPE_REFUSED: 415,
  MATERIAL_TOO_LARGE: 413,
  MATERIAL_EMPTY: 422,
  MATERIAL_NAME_INVALID: 422,
  MATERIAL_LIMIT_REACHED: 422,
  ACCOUNT_HAS_FILINGS: 409,
  MATERIAL_UNREADABLE: 422,
  MATERIAL_INFECTED: 422,
  MATERIAL_SCAN_FAILED: 503,
  EVIDENCE_ORDER_INVALID: 422,
  MATERIAL_NOT_EVIDENCE: 409,
  SECOND_FACTOR_INVALID: 401,
  CHALLENGE_EXPIRED: 401,
  CODE_INVALID: 422,
  FILING_SIZE_LIMIT_REACHED: 413,
  UPLOAD_OFFSET_MISMATCH: 409,
  UPLOAD_EXPIRED: 410,
  UPLOAD_INVALID: 400,
  VERIFICATION_CODE_UNKNOWN: 404,
  CORRECTION_OUTSIDE_NOTICE: 422,
  CORRECTION_DEADLINE_PASSED: 409,
  CORRECTION_DEADLINE_INVALID: 422,
  REJECTION_GROUND_UNKNOWN: 422,
  JUDGE_NOT_AT_COURT: 422,
  FEE_NOT_PAYABLE: 409,
  PAYMENT_CALLBACK_REFUSED: 400,
  JUDICIAL_AID_INVALID: 422,
  JUDICIAL_AID_CONFLICT: 409,
  JUDICIAL_AID_DECISION_INVALID: 422,
  PAYMENT_UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Why this refusal goes into the audit trail (see http/app.ts); unset: it is not audited there. */
    readonly auditReason?: string,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const notFound = () => new AppError('NOT_FOUND', '未找到该资源 / Not found');
