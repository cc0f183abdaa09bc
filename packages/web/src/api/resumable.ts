// Resumable uploads with tus-js-client against the server's tus endpoint (/api/uploads): files go up in
// chunks; a dropped connection is retried with backoff and resumes from the server's offset; the upload's
// URL is remembered in localStorage so that choosing the same file again after a reload continues it.
import type { MaterialKind } from '@lian/contract';
import { type DetailedError, defaultOptions, type PreviousUpload, Upload } from 'tus-js-client';
import { ApiError, csrfHeader, toApiError } from './client';

export const UPLOADS_ENDPOINT = '/api/uploads';
/** Each PATCH carries at most this much: small enough for proxies' body limits, large enough to be fast. */
export const CHUNK_BYTES = 8 * 1024 * 1024;
/** Waits before each retry after a failed request (exponential backoff, then every minute). */
export const RETRY_DELAYS = [1000, 2000, 4000, 8000, 15000, 30000, 60000, 60000, 60000, 60000];

export interface ResumableEvents {
  onProgress: (bytesSent: number, bytesTotal: number) => void;
  /** A request failed and will be tried again (attempt counts from 0). */
  onRetrying: (attempt: number) => void;
  /** The server stored the file; the id of the new material when it says so. */
  onSuccess: (materialId: string | null) => void;
  /** Refused by the server, or retries exhausted. */
  onError: (error: ApiError) => void;
}

export interface ResumableUpload {
  start: () => Promise<void>;
  pause: () => Promise<void>;
  /** Stops and deletes the upload on the server. */
  cancel: () => Promise<void>;
}

/** The same file for the same filing and kind resumes the same upload. */
const fingerprintFor = (filingId: string, kind: MaterialKind) => async (file: File | Blob) =>
  ['lian', filingId, kind, file instanceof File ? file.name : '', file.size, file instanceof File ? file.lastModified : 0].join(':');

export function resumableUpload(
  filingId: string,
  kind: MaterialKind,
  file: File,
  events: ResumableEvents,
  opts: { replaces?: string } = {},
): ResumableUpload {
  const upload = new Upload(file, {
    endpoint: UPLOADS_ENDPOINT,
    metadata: { filingId, kind, fileName: file.name, filetype: file.type, ...(opts.replaces ? { replaces: opts.replaces } : {}) },
    headers: { ...csrfHeader },
    chunkSize: CHUNK_BYTES,
    retryDelays: RETRY_DELAYS,
    removeFingerprintOnSuccess: true,
    fingerprint: fingerprintFor(filingId, kind) as (file: File) => Promise<string>,
    onShouldRetry: (error, attempt) => {
      // Offline, retries would only use up their attempts: the caller resumes on the 'online' event.
      const again = retriable(error) && navigator.onLine !== false;
      if (again) events.onRetrying(attempt);
      return again;
    },
    onProgress: events.onProgress,
    onSuccess: ({ lastResponse }) => events.onSuccess(lastResponse.getHeader('Lian-Material-Id') ?? null),
    onError: (error) => {
      const e = uploadError(error);
      // Refused: the server has deleted the upload, so this browser forgets it too.
      if (e.code !== 'NETWORK' && upload.url) void forget(upload.url);
      events.onError(e);
    },
  });
  let resumed = false;
  return {
    async start() {
      if (!resumed) {
        resumed = true;
        const previous = await upload.findPreviousUploads().catch(() => []);
        if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      }
      upload.start();
    },
    pause: () => upload.abort(),
    cancel: () => upload.abort(true),
  };
}

function bodyOf(error: DetailedError): unknown {
  try {
    return JSON.parse(error.originalResponse?.getBody() ?? '');
  } catch {
    return undefined;
  }
}

/** Network failures, server errors and an offset the server sees differently are worth another try; refusals are not. */
export function retriable(error: DetailedError): boolean {
  const res = error.originalResponse;
  if (!res) return true;
  const status = res.getStatus();
  if (status === 0 || status >= 500 || status === 423) return true;
  if (status === 409) return toApiError(status, bodyOf(error)).code === 'UPLOAD_OFFSET_MISMATCH';
  return false;
}

export function uploadError(error: Error | DetailedError): ApiError {
  const res = (error as DetailedError).originalResponse;
  if (!res || res.getStatus() === 0) return new ApiError(0, 'NETWORK', error.message);
  return toApiError(res.getStatus(), bodyOf(error as DetailedError));
}

async function forget(uploadUrl: string) {
  const all = await defaultOptions.urlStorage.findAllUploads().catch(() => []);
  for (const u of all) if (u.uploadUrl === uploadUrl) await defaultOptions.urlStorage.removeUpload(u.urlStorageKey);
}

/** Uploads of this filing that this browser started and did not finish (e.g. before a reload). */
export async function unfinishedUploads(filingId: string): Promise<PreviousUpload[]> {
  const all = await defaultOptions.urlStorage.findAllUploads().catch(() => []);
  return all.filter((u) => u.metadata?.filingId === filingId);
}

/** Gives up an unfinished upload: deleted on the server (when it still exists) and forgotten here. */
export async function abandonUpload(u: PreviousUpload): Promise<void> {
  if (u.uploadUrl) await Upload.terminate(u.uploadUrl, { headers: { ...csrfHeader }, retryDelays: [] }).catch(() => undefined);
  await defaultOptions.urlStorage.removeUpload(u.urlStorageKey);
}
