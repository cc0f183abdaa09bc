// Short-lived, session-bound download links (issue #6, and issued documents under issue #5): a stored
// file of a filing — a material's file or preview, an issued document's PDF — is served only with a token
// that names the file, the kind of link, the session that asked for it and an expiry, sealed with an HMAC
// under a server key. One signer for every kind of file. A copied URL fails in any other session
// (another browser, another person, a signed-out session) and after its few minutes, with a specific
// code; the session cookie and the reader's access to the filing are still checked on every request,
// Range requests of a player included, which reuse the token while it is valid.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MaterialLinksResponse } from '@lian/contract';
import type { FieldCipher } from '../../infra/crypto.js';
import { sha256Hex } from '../../infra/crypto.js';
import { AppError } from '../../http/errors.js';
import type { AuditContext } from '../audit/service.js';
import type { Actor } from '../policy/policy.js';
import * as repo from './repo.js';
import { authorizeFiling, type FilingDeps } from './service.js';

/** How long a handed-out link works. */
export const DOWNLOAD_LINK_TTL_MS = 5 * 60_000;

/** What a link opens: a material's file or its preview, or an issued document's PDF. */
export type LinkKind = 'material.content' | 'material.preview' | 'document.content';

export interface LinkSubject {
  /** The material's or the document's id. */
  id: string;
  kind: LinkKind;
  /** What binds the link to one session: the SHA-256 of its cookie token (as the sessions table keeps it). */
  session: string;
}

type LinkDeps = Pick<FilingDeps, 'cipher' | 'now'>;

/**
 * The link key, derived from the server's index key (HMAC as a pseudo-random function, with a label of its
 * own) so no further secret has to be configured; rotating the index key ends every open link.
 */
export const downloadLinkKey = (cipher: Pick<FieldCipher, 'index'>) => Buffer.from(cipher.index('lian/download-link/v1'), 'hex');

/** The session a request is bound to: hash of its session cookie, never the cookie itself. */
export const sessionBinding = (sessionToken: string) => sha256Hex(sessionToken);

const mac = (key: Buffer, s: LinkSubject, expires: number) =>
  createHmac('sha256', key).update(`${s.kind}\n${s.id}\n${s.session}\n${expires}`).digest();

/** `<expiry in seconds since 1970, base 36>.<HMAC, base64url>` */
export function signDownloadToken(key: Buffer, s: LinkSubject, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${expires.toString(36)}.${mac(key, s, expires).toString('base64url')}`;
}

export function checkDownloadToken(key: Buffer, token: string | undefined, s: LinkSubject, now: Date): 'ok' | 'expired' | 'invalid' {
  const m = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!m) return 'invalid';
  const expires = parseInt(m[1]!, 36);
  const given = Buffer.from(m[2]!, 'base64url');
  // Constant time, and before the expiry is believed: a changed expiry is a tampered token, not an old one.
  if (given.length !== 32 || !timingSafeEqual(given, mac(key, s, expires))) return 'invalid';
  return expires * 1000 <= now.getTime() ? 'expired' : 'ok';
}

/** Throws DOWNLOAD_LINK_INVALID or DOWNLOAD_LINK_EXPIRED unless the token opens this file in this session. */
export function assertDownloadToken(deps: LinkDeps, token: string | undefined, s: LinkSubject): void {
  const verdict = checkDownloadToken(downloadLinkKey(deps.cipher), token, s, deps.now?.() ?? new Date());
  if (verdict === 'expired') {
    throw new AppError('DOWNLOAD_LINK_EXPIRED', '文件链接已过期 / The download link has expired', undefined, 'download_link_expired');
  }
  if (verdict === 'invalid') {
    throw new AppError(
      'DOWNLOAD_LINK_INVALID',
      '文件链接无效 / The download link is not valid for this session',
      undefined,
      'download_link_invalid',
    );
  }
}

/**
 * A signer of links for one session, all expiring together: `url(path, id, kind)` appends the token.
 * Call it only after the reader's access to the filing has been checked.
 */
export function linkSigner(deps: LinkDeps, session: string) {
  const expiresAt = new Date((deps.now?.() ?? new Date()).getTime() + DOWNLOAD_LINK_TTL_MS);
  const key = downloadLinkKey(deps.cipher);
  return {
    expiresAt: expiresAt.toISOString(),
    url: (path: string, id: string, kind: LinkKind) => `${path}?token=${signDownloadToken(key, { id, kind, session }, expiresAt)}`,
  };
}

/** Fresh links to every material of a filing the actor may read, bound to the asking session. */
export async function materialLinks(
  deps: FilingDeps,
  ctx: AuditContext,
  actor: Actor,
  session: string,
  filingId: string,
): Promise<MaterialLinksResponse> {
  await authorizeFiling(deps, ctx, actor, 'filing.read', filingId);
  const materials = await repo.materialsOf(deps.db, filingId);
  const sign = linkSigner(deps, session);
  const url = (materialId: string, variant: 'content' | 'preview') =>
    sign.url(`/api/filings/${filingId}/materials/${materialId}/${variant}`, materialId, `material.${variant}`);
  return {
    expiresAt: sign.expiresAt,
    links: materials.map((m) => ({
      materialId: m.id,
      contentUrl: url(m.id, 'content'),
      previewUrl: m.derivative_sha256 ? url(m.id, 'preview') : null,
    })),
  };
}
