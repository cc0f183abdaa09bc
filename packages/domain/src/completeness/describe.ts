// The message for one completeness issue, in the filer's language: element-style complaint items are
// named as their template names them; everything else through issueMessage.
import { findCauseOfAction } from '../causes-of-action/catalogue.js';
import { elementIssueMessage, elementTemplateFor } from '../element-complaints/index.js';
import { issueMessage, type Locale } from '../messages.js';
import type { CompletenessIssue, FilingForCompleteness } from './types.js';

export function describeCompletenessIssue(
  issue: CompletenessIssue,
  filing: Pick<FilingForCompleteness, 'causeOfActionCode'>,
  today: string,
  locale: Locale,
): string {
  if (issue.path.startsWith('elements.') && (issue.code === 'required' || issue.code === 'invalid')) {
    const cause = filing.causeOfActionCode ? findCauseOfAction(filing.causeOfActionCode, { date: today }) : undefined;
    const template = cause ? elementTemplateFor(cause.name) : undefined;
    if (template) return elementIssueMessage({ path: issue.path, code: issue.code }, template, locale);
  }
  return issueMessage(issue, locale);
}
