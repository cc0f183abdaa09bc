// The HTTP contract between @lian/server and its clients (the web UI, other court systems).
// Shapes only: zod checks structure at the edge; legal rules live in @lian/domain.
export * from './common.js';
export * from './auth.js';
export * from './catalogue.js';
export * from './filing.js';
export * from './review.js';
export * from './decisions.js';
export * from './errors.js';
export * from './privacy.js';
export * from './documents.js';
export * from './fee-category.js';
export * from './review-aids.js';
export * from './fees.js';
export * from './accounts.js';
export * from './audit.js';
export * from './passkeys.js';
export * from './downloads.js';
export * from './judge.js';
