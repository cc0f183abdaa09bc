// Strings of the auditor's screen (audit trail), en. zh-CN.audit.ts has the same keys.
import type { zhCNAudit } from './zh-CN.audit';

export const enAudit: typeof zhCNAudit = {
  audit: {
    title: 'Audit trail',
    intro:
      'Every sign-in, refusal, view of sensitive data and change of a filing is recorded here. Records are hash-chained, so any change can be detected. Your searches are recorded too.',
    filters: 'Filters',
    timeRange: 'Time range',
    actor: 'Actor',
    actorPlaceholder: 'Mobile number, e-mail or account id',
    action: 'Action',
    actionPlaceholder: 'e.g. session.sign_in, or the prefix session.',
    filing: 'Case',
    filingPlaceholder: 'Case number or filing id',
    outcome: 'Outcome',
    anyOutcome: 'Any outcome',
    search: 'Search',
    reset: 'Clear',
    loadMore: 'Load older records',
    noMore: 'No older records',
    empty: 'No records match',
    columns: { at: 'Time', actor: 'Actor', action: 'Action', outcome: 'Outcome', resource: 'Subject' },
    outcomes: { success: 'Success', denied: 'Denied', failure: 'Failure' },
    system: 'System',
    deletedAccount: 'Deleted account',
    details: 'Record details',
    recordId: 'Record no.',
    requestId: 'Request id',
    ip: 'IP address',
    caseNumber: 'Case number',
    resourceType: 'Subject type',
    resourceId: 'Subject id',
    detail: 'Details',
    hash: 'Record hash',
    verify: 'Verify the chain',
    verifyIntact: 'The audit chain is intact: all {{count}} records verified ({{at}})',
    verifyBroken:
      'The audit chain is broken at record {{id}}: {{reason}}. The {{count}} records before it are intact. Report this to the security officer now.',
    reasons: {
      'prev_hash does not match': 'the link to the previous record does not match',
      'hash does not match content': 'the content does not match its hash (the record was changed)',
    },
    viewDetails: 'View details',
  },
};
