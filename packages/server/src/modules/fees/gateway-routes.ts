// The payment gateway's routes, outside /api: they are not called by a signed-in browser session.
// POST /pay/callback/:gateway takes the gateway's signed callback (raw body, verified by the adapter).
// /pay/sim/… is the local simulated gateway's checkout page: plain HTML in Chinese and English, no script;
// confirming posts a signed callback to the callback route and sends the payer back to the case page.
import type { FastifyPluginAsync } from 'fastify';
import type { SimulatedGateway } from '../../infra/payments/simulated.js';
import { auditContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { handleCallback, type PaymentDeps } from './payments.js';
import { checkoutPage, resultPage } from './sim-page.js';

const isSimulated = (g: PaymentDeps['paymentGateway']): g is SimulatedGateway => 'openToken' in g && 'signedCallback' in g;

export const gatewayRoutes =
  (deps: PaymentDeps): FastifyPluginAsync =>
  async (app) => {
    // Signatures are over the exact bytes received: no JSON parsing before verification.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_req, body, done) => done(null, body));

    app.post<{ Params: { gateway: string } }>('/pay/callback/:gateway', { schema: { hide: true } }, async (req) => {
      if (req.params.gateway !== deps.paymentGateway.name) throw new AppError('NOT_FOUND', 'Not found');
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      return handleCallback(deps, auditContext(req), req.headers, raw);
    });

    const gateway = deps.paymentGateway;
    if (!isSimulated(gateway)) return;
    const page = (body: string) => (reply: { type(t: string): { send(b: string): unknown } }) =>
      reply.type('text/html; charset=utf-8').send(body);

    app.get<{ Querystring: { s?: string } }>('/pay/sim', { schema: { hide: true } }, async (req, reply) => {
      const order = gateway.openToken(String(req.query.s ?? ''));
      if (!order) return page(resultPage('unknown'))(reply.status(404));
      return page(checkoutPage(order, String(req.query.s)))(reply);
    });

    app.post<{ Querystring: { s?: string } }>('/pay/sim/cancel', { schema: { hide: true } }, async (req, reply) => {
      const order = gateway.openToken(String(req.query.s ?? ''));
      if (!order) return page(resultPage('unknown'))(reply.status(404));
      return reply.redirect(order.returnUrl.replace('?paid=1', ''), 303);
    });

    app.post<{ Querystring: { s?: string } }>('/pay/sim/confirm', { schema: { hide: true } }, async (req, reply) => {
      const order = gateway.openToken(String(req.query.s ?? ''));
      if (!order) return page(resultPage('unknown'))(reply.status(404));
      const cb = gateway.signedCallback(order, { at: deps.now?.() ?? new Date() });
      // The gateway posts its callback to the court's callback route, as a bank's server would.
      const res = await app.inject({ method: 'POST', url: `/pay/callback/${gateway.name}`, headers: cb.headers, payload: cb.body });
      if (res.statusCode !== 200)
        return page(resultPage('refused', res.json<{ error?: { message?: string } }>().error?.message))(reply.status(409));
      return reply.redirect(order.returnUrl, 303);
    });
  };
