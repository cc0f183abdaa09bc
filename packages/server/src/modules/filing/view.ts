// Builds the FilingView a viewer receives: personal data decrypted, then shown in full only to the
// filer (their own entries) and masked for everyone else.
import type { FeeView, FilingView, PartyView, TimelineEvent } from '@lian/contract';
import { daysBetween, findCauseOfAction, findRejectionGround, maskIdNumber, maskPhone } from '@lian/domain';
import type { FieldCipher } from '../../infra/crypto.js';
import type { Db } from '../../infra/db.js';
import type { FilingsTable, StoredFee } from '../../infra/schema.js';
import type { Selectable } from 'kysely';
import * as repo from './repo.js';

type FilingRow = Selectable<FilingsTable>;
type PartyRow = Awaited<ReturnType<typeof repo.partiesOf>>[number];

export function causeOfActionRef(code: string | null, version: string | null) {
  const entry = code && version ? findCauseOfAction(code, { version }) : undefined;
  return entry ? { code: entry.code, name: entry.name } : null;
}

export function partyView(p: PartyRow, cipher: FieldCipher, full: boolean): PartyView {
  const open = (v: string | null) => (v === null ? null : cipher.decrypt(v));
  const id = open(p.id_number_enc);
  const phone = open(p.phone_enc);
  return {
    id: p.id,
    role: p.role,
    kind: p.kind,
    name: p.name,
    idNumber: id === null ? null : full ? id : maskIdNumber(id),
    creditCode: p.credit_code,
    sex: p.sex,
    legalRepresentative: p.legal_representative,
    phone: phone === null ? null : full ? phone : maskPhone(phone),
    // Court staff need the address (jurisdiction, service of documents); it is shown in full.
    address: open(p.address_enc),
  };
}

export async function buildFilingView(
  deps: { db: Db; cipher: FieldCipher },
  f: FilingRow,
  court: { id: string; code: string; name: string },
  viewer: { full: boolean; today: string; allowed: FilingView['allowed'] },
): Promise<FilingView> {
  const [parties, materials, events] = await Promise.all([
    repo.partiesOf(deps.db, [f.id]),
    repo.materialsOf(deps.db, f.id),
    repo.eventsOf(deps.db, f.id),
  ]);
  const phone = f.plaintiff_phone_enc ? deps.cipher.decrypt(f.plaintiff_phone_enc) : null;
  return {
    id: f.id,
    state: f.state,
    caseType: f.case_type,
    court,
    receiptNumber: f.receipt_number,
    plaintiffs: parties.filter((p) => p.role === 'plaintiff').map((p) => partyView(p, deps.cipher, viewer.full)),
    defendants: parties.filter((p) => p.role === 'defendant').map((p) => partyView(p, deps.cipher, viewer.full)),
    plaintiffContact: {
      phone: phone === null ? null : viewer.full ? phone : maskPhone(phone),
      address: f.plaintiff_address_enc ? deps.cipher.decrypt(f.plaintiff_address_enc) : null,
      ethnicity: f.plaintiff_ethnicity,
      occupation: f.plaintiff_occupation,
      employer: f.plaintiff_employer,
    },
    personalData: viewer.full ? 'full' : 'masked',
    claims: f.claims,
    claimAmountFen: f.claim_amount_fen,
    factsAndReasons: f.facts_and_reasons,
    causeOfAction: causeOfActionRef(f.cause_of_action_code, f.cause_of_action_version),
    materials: materials.map(materialView),
    createdAt: f.created_at.toISOString(),
    submittedAt: f.submitted_at?.toISOString() ?? null,
    decisionDueDate: f.decision_due_date,
    daysLeft:
      (f.state === 'submitted' || f.state === 'corrected' || f.state === 'insisted') && f.decision_due_date
        ? daysBetween(viewer.today, f.decision_due_date)
        : null,
    caseNumber: f.case_number,
    acceptedAt: f.accepted_at?.toISOString() ?? null,
    timeline: events.map((e): TimelineEvent => ({
      at: e.at.toISOString(),
      type: e.type as TimelineEvent['type'],
      actorName: e.actor_name,
      data: e.data,
    })),
    allowed: viewer.allowed,
    editableSections:
      f.state === 'draft'
        ? 'all'
        : f.state === 'correction_requested'
          ? [...new Set((f.correction_items ?? []).map((i) => i.section))]
          : [],
    ...(await decisionsView(deps.db, f)),
  };
}

/** The court's decisions as the filer and the court see them. */
async function decisionsView(db: Db, f: FilingRow): Promise<Pick<FilingView, 'acceptance' | 'correction' | 'rejection' | 'assignedJudge'>> {
  const ground = f.rejection_ground ? findRejectionGround(f.rejection_ground) : undefined;
  const judgeName = await repo.userName(db, f.assigned_judge_id);
  return {
    acceptance:
      f.procedure && f.acceptance_fee
        ? { procedure: f.procedure, registeredFirst: f.registered_first, fee: feeView(f.acceptance_fee), feeDueDate: f.fee_due_date }
        : null,
    correction:
      f.correction_items && f.correction_due_date && f.correction_requested_at
        ? {
            items: f.correction_items,
            dueDate: f.correction_due_date,
            requestedAt: f.correction_requested_at.toISOString(),
            correctedAt: f.corrected_at?.toISOString() ?? null,
            returnedAt: f.returned_at?.toISOString() ?? null,
            insistedAt: f.insisted_at?.toISOString() ?? null,
          }
        : null,
    rejection:
      f.rejected_at && f.rejection_ground
        ? {
            ground: ground
              ? { code: ground.code, label: ground.label, basis: ground.basis }
              : { code: f.rejection_ground, label: { 'zh-CN': f.rejection_ground, en: f.rejection_ground }, basis: '' },
            reason: f.rejection_reason ?? '',
            rejectedAt: f.rejected_at.toISOString(),
            appealDueDate: f.appeal_due_date,
            appealCourt: f.appeal_court,
          }
        : null,
    assignedJudge: f.assigned_judge_id && judgeName ? { id: f.assigned_judge_id, name: judgeName } : null,
  };
}

/** A stored fee (see StoredFee) in the contract's shape. */
export function feeView(fee: StoredFee): FeeView {
  return {
    totalFen: fee.totalFen,
    lines: fee.lines.map((l) => ({ label: l.label, baseFen: l.baseFen, rate: l.rate ?? null, amountFen: l.amountFen, source: l.source })),
    reductions: fee.reductions.map((r) => ({ label: r.label, amountFen: r.amountFen, source: r.source })),
    explanation: fee.explanation,
  };
}

export function materialView(m: Awaited<ReturnType<typeof repo.materialsOf>>[number]) {
  return {
    id: m.id,
    kind: m.kind,
    fileName: m.file_name,
    mediaType: m.media_type,
    size: m.size,
    sha256: m.sha256,
    uploadedAt: m.uploaded_at.toISOString(),
    pageCount: m.page_count,
    width: m.width,
    height: m.height,
    durationMs: m.duration_ms,
    hasPreview: m.derivative_sha256 !== null,
    evidence:
      m.kind === 'evidence' && m.evidence_position !== null
        ? {
            position: m.evidence_position,
            name: m.evidence_name,
            source: m.evidence_source,
            purpose: m.evidence_purpose,
            original: m.evidence_original,
            pageCount: m.evidence_pages,
          }
        : null,
  };
}
