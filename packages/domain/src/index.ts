// @lian/domain: the pure rule book (no I/O) shared by the server and the web UI.
export * from './identity.js';
export * from './caseNumber.js';
export * from './calendar.js';
export * from './deadlines.js';
export * from './workflow.js';
export * from './completeness.js';
export * from './messages.js';
export * from './password.js';
export * from './money.js';
export * from './courts.js';
export * from './causes-of-action/index.js';
export * from './materials.js';
export * from './case-numbers/caseTypes.js';
export * from './case-numbers/courtDesignation.js';
export * from './fees/index.js';
export * from './element-complaints/index.js';
export * from './review.js';
