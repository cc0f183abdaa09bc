// Judicial-aid applications with their state and decision, and refunds with reason and basis: seen the
// same way by the filer (fee card) and by the clerk (review screen).
import type { FeeStatus } from '@lian/contract';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { displayYuan } from '../../lib/domain';
import { formatDate } from '../../lib/time';

const stateColor = { pending: 'gold', granted: 'green', refused: 'red' } as const;

export function AidHistory({ fees }: { fees: FeeStatus }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      {fees.applications.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('fees.aidTitle')}
          </Typography.Title>
          <List
            size="small"
            dataSource={fees.applications}
            renderItem={(a) => (
              <List.Item>
                <div>
                  <Tag>{t(`fees.aidType.${a.type}`)}</Tag>
                  <Tag color={stateColor[a.state]}>{t(`fees.aidState.${a.state}`)}</Tag>
                  <span className="secondary">{formatDate(a.createdAt)}</span>
                  <div>{a.grounds.map((g) => g.label[lang]).join('；')}</div>
                  {a.grantedPercent !== null && a.type === 'reduction' && (
                    <div>{t('fees.aidPercentGranted', { percent: a.grantedPercent })}</div>
                  )}
                  {a.deferredUntil && <div>{t('fees.aidDeferredUntil', { date: a.deferredUntil })}</div>}
                  {a.decisionReason && <div className="secondary">{t('fees.aidReason', { reason: a.decisionReason })}</div>}
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      {fees.refunds.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('fees.refundsTitle')}
          </Typography.Title>
          <List
            size="small"
            data-testid="fee-refunds"
            dataSource={fees.refunds}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <strong>{displayYuan(r.amountFen)}</strong> <Tag>{t(`fees.refundReason.${r.reason}`)}</Tag>
                  <span className="secondary">{formatDate(r.createdAt)}</span>
                  <div className="secondary">
                    {t('fees.refundBasis')}：{r.basis}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </>
  );
}
