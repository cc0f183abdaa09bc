// Each decision issues its documents in its own transaction (issue #7 §2): registration → acceptance and
// payment notices (fee in figures and capitals, 7-day period, how to pay), correction → one notice with
// every item, ruling not to accept → the ruling with ground and appeal court, 先行立案 → the same as
// registration. The litigant lists and downloads each; pdftotext reads the Chinese text back. A document
// that cannot be stored rolls the decision back: no state change, no case number used, no event, no audit.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FilingView } from '@lian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDueFilings } from '../src/modules/review/sweep.js';
import { Client } from './client.js';
import { signedInActor, submitCompleteFilings } from './fixtures.js';
import { startTestPlatform, type TestPlatform } from './harness.js';

type Doc = { id: string; kind: string; number: string; fileName: string };
type F = { filing: FilingView };

// Monday 2026-11-02, 10:00 in Beijing.
const START = new Date('2026-11-02T02:00:00Z');
let clock = START;
let p: TestPlatform;
let litigant: Client;
let clerk: Client;
let scratch: string;

beforeAll(async () => {
  p = await startTestPlatform({ now: () => clock });
  Object.assign(p.deps, { publicUrl: 'https://lian.court.example' });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'lian-decision-docs-'));
  litigant = await new Client(p.app).login('13800000001');
  clerk = await new Client(p.app).login('clerk@chaoyang.court.example');
});
afterAll(async () => {
  await p?.stop();
  await rm(scratch, { recursive: true, force: true });
});

async function submitted(count = 1) {
  return submitCompleteFilings(p.deps, await signedInActor(p.deps, '13800000001'), p.court.id, count);
}

/** The litigant's view of the filing's documents, and the text of the one of `kind`. */
async function litigantDocument(filingId: string, kind: string): Promise<{ docs: Doc[]; text: string }> {
  const list = await litigant.get<{ documents: Doc[] }>(`/api/filings/${filingId}/documents`);
  expect(list.status).toBe(200);
  const doc = list.body.documents.find((d) => d.kind === kind);
  expect(doc, `${kind} listed`).toBeDefined();
  const res = await litigant.get(await litigant.documentLinkTo(filingId, doc!.id));
  expect(res.status).toBe(200);
  expect(res.raw.subarray(0, 5).toString()).toBe('%PDF-');
  const file = path.join(scratch, `${doc!.id}.pdf`);
  await writeFile(file, res.raw);
  return { docs: list.body.documents, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s/g, '') };
}

const count = async (table: 'documents' | 'filing_events' | 'audit_log', filingId: string) =>
  Number(
    (
      await p.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(table === 'audit_log' ? 'resource_id' : 'filing_id', '=', filingId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('documents issued by decisions', () => {
  it('registration issues the acceptance notice and the payment notice with the fee in figures and capitals', async () => {
    const [id] = await submitted();
    const accepted = await clerk.post<F>(`/api/review/filings/${id}/accept`, { procedure: 'simplified' });
    expect(accepted.status).toBe(200);
    const caseNumber = accepted.body.filing.caseNumber!;
    expect(accepted.body.filing.timeline.filter((e) => e.type === 'document.issued')).toHaveLength(3); // receipt + 2

    const notice = await litigantDocument(id!, 'acceptance_notice');
    expect(notice.docs.map((d) => d.kind).sort()).toEqual(['acceptance_notice', 'filing_receipt', 'payment_notice']);
    expect(notice.text).toContain('北京市朝阳区人民法院');
    expect(notice.text).toContain(caseNumber);
    expect(notice.text).toContain('本院已于二〇二六年十一月二日立案受理'.replace('二〇二六年十一月二日', '2026年11月2日'));

    const pay = await litigantDocument(id!, 'payment_notice');
    // 50,000 yuan: 50 + 40,000 × 2.5 % = 1,050 yuan, halved under the simplified procedure (Arts. 13, 16).
    expect(pay.text).toContain('人民币伍佰贰拾伍元整（￥525.00元）');
    expect(pay.text).toContain('10,000–100,000元部分（2.5%）：1,000.00元');
    expect(pay.text).toContain('适用简易程序减半，减交：525.00元');
    expect(pay.text).toContain('《诉讼费用交纳办法》第十六条');
    // Paid within 7 days from the day after the notice: 2026-11-09 (Art. 22).
    expect(accepted.body.filing.acceptance?.feeDueDate).toBe('2026-11-09');
    expect(pay.text).toContain('请于2026年11月9日前');
    expect(pay.text).toContain(`https://lian.court.example/filings/${id}`);
  });

  it('a labour dispute pays 10 yuan, the category the cause of action suggests, and the clerk may override it', async () => {
    const [labour, overridden] = await submitted(2);
    const labourCode = '205'; // 劳动合同纠纷 in the 2025 catalogue
    for (const fid of [labour!, overridden!])
      await p.deps.db
        .updateTable('filings')
        .set({ cause_of_action_code: labourCode, cause_of_action_version: '2025' })
        .where('id', '=', fid)
        .execute();
    const preview = await clerk.get<{ feeCategory: string; suggestedFeeCategory: string; fee: { totalFen: number } }>(
      `/api/review/filings/${labour}/accept-preview`,
    );
    expect(preview.body).toMatchObject({ feeCategory: 'labour-dispute', suggestedFeeCategory: 'labour-dispute', fee: { totalFen: 1_000 } });
    const asProperty = await clerk.get<{ feeCategory: string; fee: { totalFen: number } }>(
      `/api/review/filings/${labour}/accept-preview?feeCategory=property`,
    );
    expect(asProperty.body).toMatchObject({ feeCategory: 'property', fee: { totalFen: 105_000 } });

    const a = await clerk.post<F>(`/api/review/filings/${labour}/accept`, {});
    expect(a.body.filing.acceptance?.fee.totalFen).toBe(1_000);
    expect((await litigantDocument(labour!, 'payment_notice')).text).toContain('人民币壹拾元整（￥10.00元）');
    const b = await clerk.post<F>(`/api/review/filings/${overridden}/accept`, { feeCategory: 'property' });
    expect(b.body.filing.acceptance?.fee.totalFen).toBe(105_000);
    const bad = await clerk.post(`/api/review/filings/${overridden}/accept`, { feeCategory: 'bankruptcy' });
    expect(bad.status).toBe(400);
  });

  it('a correction request issues one notice listing every item and the deadline', async () => {
    const [id] = await submitted();
    const items = [
      { section: 'defendants', text: '请补充被告李四能够送达的详细住址。' },
      { section: 'materials', text: '请提交借条原件的清晰扫描件。' },
      { section: 'claims', text: '请写明利息的计算起止日期和利率。' },
    ];
    const res = await clerk.post<F>(`/api/review/filings/${id}/request-correction`, { items, dueDate: '2026-11-09' });
    expect(res.status).toBe(200);
    const { text } = await litigantDocument(id!, 'correction_notice');
    expect(text).toContain('共3项，本院一次性告知');
    for (const item of items) expect(text).toContain(item.text);
    expect(text).toContain('请于2026年11月9日前补正');
  });

  it('a ruling not to accept carries the ground, the reasons, the basis and the court of appeal', async () => {
    const [id] = await submitted();
    const res = await clerk.post<F>(`/api/review/filings/${id}/reject`, {
      ground: 'arbitration_agreement',
      reason: '双方在借款合同第十条约定争议提交北京仲裁委员会仲裁',
    });
    expect(res.status).toBe(200);
    const { text } = await litigantDocument(id!, 'rejection_ruling');
    expect(text).toContain('本院经审查认为，双方在借款合同第十条约定争议提交北京仲裁委员会仲裁');
    expect(text).toContain('当事人达成书面仲裁协议，应当申请仲裁');
    expect(text).toContain('《中华人民共和国民事诉讼法》第一百二十七条第（二）项');
    expect(text).toContain('本院不予受理');
    expect(text).toContain('裁定书送达之日起十日内');
    expect(res.body.filing.rejection?.appealCourt).toBe('北京市第三中级人民法院');
    expect(text).toContain('上诉于北京市第三中级人民法院');
  });

  it('先行立案 by the sweep issues the acceptance and payment notices too', async () => {
    const [id] = await submitted();
    clock = new Date(START.getTime() + 20 * 86_400_000);
    try {
      const r = await sweepDueFilings(p.deps);
      expect(r.registeredFirst).toContain(id);
    } finally {
      clock = START;
    }
    const kinds = (await p.deps.db.selectFrom('documents').select('kind').where('filing_id', '=', id!).execute()).map((d) => d.kind);
    expect(kinds.sort()).toEqual(['acceptance_notice', 'filing_receipt', 'payment_notice']);
  });
});

describe('a document that cannot be stored rolls the decision back', () => {
  it('leaves state, case-number counter, documents, timeline and audit as they were', async () => {
    const [first, failing, next] = await submitted(3);
    const one = await clerk.post<F>(`/api/review/filings/${first}/accept`, {});
    const serial = Number(/民初(\d+)号/.exec(one.body.filing.caseNumber!)![1]);
    const before = await Promise.all((['documents', 'filing_events', 'audit_log'] as const).map((t) => count(t, failing!)));
    const stage = p.deps.blobs.stage.bind(p.deps.blobs);
    p.deps.blobs.stage = () => Promise.reject(new Error('ENOSPC: no space left on device'));
    try {
      for (const [url, body] of [
        [`/api/review/filings/${failing}/accept`, {}],
        [
          `/api/review/filings/${failing}/request-correction`,
          { items: [{ section: 'claims', text: '请写明金额' }], dueDate: '2026-11-09' },
        ],
        [`/api/review/filings/${failing}/reject`, { ground: 'no_definite_defendant', reason: '被告不明确' }],
      ] as const) {
        const res = await clerk.post(url, body);
        expect(res.status, url).toBe(500);
      }
    } finally {
      p.deps.blobs.stage = stage;
    }
    const row = await p.deps.db.selectFrom('filings').selectAll().where('id', '=', failing!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'submitted', case_number: null, correction_items: null, rejection_ground: null });
    const after = await Promise.all((['documents', 'filing_events', 'audit_log'] as const).map((t) => count(t, failing!)));
    // Only the failed attempt's audit denial could be added; no success record, no event, no document.
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    const successes = await p.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', failing!)
      .where('outcome', '=', 'success')
      .where('action', 'in', ['filing.accept', 'filing.request_correction', 'filing.reject', 'document.issue'])
      .execute();
    expect(successes).toEqual([{ action: 'document.issue' }]); // the receipt on submission only
    // The counter was rolled back with the decision: the next registration takes the very next number.
    const two = await clerk.post<F>(`/api/review/filings/${next}/accept`, {});
    expect(two.body.filing.caseNumber).toContain(`民初${serial + 1}号`);
  });
});
