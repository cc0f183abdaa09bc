// The simulated gateway's pages: what the payer sees at "the bank" — court, case number, amount — with
// confirm and cancel as plain HTML forms (no script, so the page works under the strict CSP and on any phone).
import { formatYuan } from '@lian/domain';
import type { PaymentOrder } from '../../infra/payments/gateway.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const shell = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f0f2f5;color:#1f1f1f}
main{max-width:480px;margin:24px auto;padding:24px;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
h1{font-size:20px;margin:0 0 4px} .en{color:#666;font-size:13px} .note{background:#fffbe6;border:1px solid #ffe58f;padding:8px 12px;border-radius:6px;font-size:13px}
dl{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:20px 0} dt{color:#666} dd{margin:0;font-weight:600;word-break:break-all}
.amount{font-size:28px;color:#cf1322} form{display:inline} .actions{display:flex;gap:12px;flex-wrap:wrap;margin-top:20px}
button{font-size:16px;padding:10px 20px;border-radius:6px;border:1px solid #d9d9d9;background:#fff;cursor:pointer;min-height:44px}
button.primary{background:#0958d9;border-color:#0958d9;color:#fff}
</style></head><body><main>${body}</main></body></html>`;

export function checkoutPage(order: PaymentOrder, token: string): string {
  const t = encodeURIComponent(token);
  return shell(
    '模拟支付 Simulated payment',
    `<h1>模拟支付网关</h1><div class="en">Simulated payment gateway</div>
<p class="note">本页面模拟银行或第三方支付，不会产生真实扣款。<br><span class="en">This page stands in for a bank; no real money moves.</span></p>
<dl>
<dt>收款法院<br><span class="en">Court</span></dt><dd>${esc(order.courtName)}</dd>
<dt>案号<br><span class="en">Case number</span></dt><dd>${esc(order.caseNumber)}</dd>
<dt>款项<br><span class="en">For</span></dt><dd>案件受理费 <span class="en">acceptance fee</span></dd>
<dt>金额<br><span class="en">Amount</span></dt><dd class="amount">¥${esc(formatYuan(order.amountFen))}</dd>
</dl>
<div class="actions">
<form method="post" action="/pay/sim/confirm?s=${t}"><button class="primary" type="submit">确认支付 Confirm payment</button></form>
<form method="post" action="/pay/sim/cancel?s=${t}"><button type="submit">取消 Cancel</button></form>
</div>`,
  );
}

export function resultPage(kind: 'unknown' | 'refused', detail?: string): string {
  const text =
    kind === 'unknown'
      ? '<h1>支付链接无效</h1><div class="en">This payment link is not valid.</div>'
      : `<h1>支付未被法院系统接受</h1><div class="en">The court system did not accept this payment.</div><p>${esc(detail ?? '')}</p>`;
  return shell('模拟支付 Simulated payment', `${text}<p><a href="/filings">返回我的案件 Back to my cases</a></p>`);
}
