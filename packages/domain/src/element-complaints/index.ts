// Element-style complaints (要素式起诉状): templates by cause of action, value checks and messages.
export { elementTemplates, elementTemplateFor, loadTemplate } from './templates.js';
export type { ComplaintElement, ElementKind, ElementLocale, ElementOption, ElementTemplate, LocalizedText } from './templates.js';
export { checkElementComplaint, elementIssueMessage } from './check.js';
export type { ElementCheckResult, ElementIssue } from './check.js';
