// Small request helpers shared by the route modules.
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../modules/audit/service.js';
import type { Actor } from '../modules/policy/policy.js';
import { AppError } from './errors.js';

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', '请先登录 / Please sign in');
  return req.actor;
}

export function auditContext(req: FastifyRequest): AuditContext {
  return { actorId: req.actor?.userId ?? null, requestId: req.id, ip: req.ip };
}

/** zh-CN unless the client asks for English first. */
export function localeOf(req: FastifyRequest): 'zh-CN' | 'en' {
  const first = (req.headers['accept-language'] ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * The origin the request came to (scheme and host, as the proxy reports them). Only a fallback for
 * links printed on documents when LIAN_PUBLIC_URL is not set: a Host header is the client's to choose.
 */
export function requestOrigin(req: FastifyRequest): string {
  return `${req.protocol}://${req.host}`;
}
