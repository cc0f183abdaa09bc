// The one-time list of everything still missing (一次性告知), each item a link to its field.
import type { ErrorDetail } from '@lian/contract';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepOfPath, steps } from '../draft';

interface Props {
  items: readonly ErrorDetail[];
  localize: (detail: ErrorDetail) => string;
  onGo: (detail: ErrorDetail) => void;
}

export function MissingList({ items, localize, onGo }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 24 }}
      title={t('editor.missingTitle', { count: items.length })}
      description={
        <>
          <p style={{ marginTop: 0 }}>{t('editor.missingIntro')}</p>
          <ol style={{ paddingLeft: 20, margin: 0 }}>
            {items.map((d, i) => {
              const step = steps[stepOfPath(d.path)] ?? 'confirm';
              return (
                <li key={`${d.path}-${d.code}-${i}`} style={{ marginBottom: 4 }}>
                  <a
                    href={`#${anchorFor(d.path)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onGo(d);
                    }}
                  >
                    {t(`editor.steps.${step}`)}：{localize(d)}
                  </a>
                </li>
              );
            })}
          </ol>
        </>
      }
    />
  );
}

/** The element id of a path's field: antd's "filing_a_0_b" when the field exists, else a section "field-a-0". */
export function anchorCandidates(path: string): string[] {
  const parts = path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (p === 'amountFen' ? 'amountYuan' : p));
  const out: string[] = [`filing_${parts.join('_')}`];
  for (let n = parts.length; n > 0; n--) out.push(`field-${parts.slice(0, n).join('-')}`);
  return out;
}

export function anchorFor(path: string): string {
  return anchorCandidates(path).find((id) => typeof document !== 'undefined' && document.getElementById(id)) ?? 'main';
}

export function scrollToPath(path: string): void {
  const id = anchorFor(path);
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.focus({ preventScroll: true });
}
