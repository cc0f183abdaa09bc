import type { FilingView } from '@lian/contract';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';

/** The case number (案号), big, once the court has registered the case. */
export function CaseNumber({ filing }: { filing: Pick<FilingView, 'caseNumber' | 'acceptedAt'> }) {
  const { t } = useTranslation();
  if (!filing.caseNumber) return null;
  return (
    <Card style={{ borderColor: '#52c41a', background: '#f6ffed' }}>
      <div className="secondary">{t('detail.caseNumber')}</div>
      <div className="case-number" aria-live="polite">
        {filing.caseNumber}
      </div>
      {filing.acceptedAt && (
        <div className="secondary">
          {t('detail.acceptedOn')}：{formatDateTime(filing.acceptedAt)}
        </div>
      )}
    </Card>
  );
}
