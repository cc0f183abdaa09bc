// Turns API errors into what the UI shows: a localized message by error code, and the
// error details mapped onto form fields (path "defendants.0.name" → field ['defendants', 0, 'name']).
import type { ErrorDetail } from '@lian/contract';
import type { TFunction } from 'i18next';
import { ApiError } from './client';

export type FieldName = (string | number)[];

/** Paths whose last segment the form names differently from the API body. */
const renamedLeaf: Record<string, string> = { amountFen: 'amountYuan', causeOfAction: 'causeOfActionCode' };

export function detailPathToFieldName(path: string): FieldName {
  const parts: FieldName = path
    .split(/[.[\]]+/)
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const last = parts[parts.length - 1];
  if (typeof last === 'string' && renamedLeaf[last]) parts[parts.length - 1] = renamedLeaf[last];
  return parts;
}

export interface FieldErrors {
  /** Errors placed on a known form field. */
  fields: { name: FieldName; errors: string[] }[];
  /** Details that belong to no field on the form (shown in a list instead). */
  others: ErrorDetail[];
}

/**
 * Groups error details by form field. `isField` tells which names exist on the form;
 * `localize` turns a detail into the user's language.
 */
export function mapDetailsToFields(
  details: readonly ErrorDetail[],
  isField: (name: FieldName) => boolean,
  localize: (detail: ErrorDetail) => string,
): FieldErrors {
  const byKey = new Map<string, { name: FieldName; errors: string[] }>();
  const others: ErrorDetail[] = [];
  for (const detail of details) {
    const name = detailPathToFieldName(detail.path);
    if (name.length === 0 || !isField(name)) {
      others.push(detail);
      continue;
    }
    const key = name.join('.');
    const entry = byKey.get(key) ?? { name, errors: [] };
    const text = localize(detail);
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byKey.set(key, entry);
  }
  return { fields: [...byKey.values()], others };
}

/** The localized message for any error thrown by a request. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    // A refused upload says why in its first detail (path 'file' or 'fileName'): the inspection's code.
    const file = error.details.find((d) => d.path === 'file' || d.path === 'fileName');
    if (file) {
      const signature = error.details.find((d) => d.path === 'signature')?.message ?? '';
      return t(`inspection.${file.code}`, { signature, defaultValue: t(key, { defaultValue: t('errors.INTERNAL') }) });
    }
    return t(key, { defaultValue: t('errors.INTERNAL') });
  }
  return t('errors.INTERNAL');
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
