// The fee card of a registered case (issue #7 §4): what is due, by when and how many days are left, the
// explanation of the amount, the Pay button that goes to the gateway, 已缴费 once settled, judicial aid
// (apply, its state) and refunds. Refreshes itself while a payment is being confirmed.
import type { FeeStatus, MaterialView } from '@lian/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feesApi, goTo } from '../../api/fees';
import { useApiErrors } from '../../api/useApiErrors';
import { currentLanguage } from '../../i18n';
import { displayYuan } from '../../lib/domain';
import { formatDateTime } from '../../lib/time';
import { AidApplicationModal } from './AidApplicationModal';
import { AidHistory } from './AidHistory';

const statusColor: Record<FeeStatus['status'], string> = {
  unregistered: 'default',
  due: 'orange',
  paid: 'green',
  settled_by_aid: 'green',
  lapsed: 'red',
};

export function FeeCard({ filingId, materials, returning = false }: { filingId: string; materials: MaterialView[]; returning?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errors = useApiErrors();
  const client = useQueryClient();
  const [paying, setPaying] = useState(false);
  const [applying, setApplying] = useState(false);
  const query = useQuery({
    queryKey: ['fees', filingId],
    queryFn: () => feesApi.status(filingId),
    // Back from the gateway: the callback may arrive a moment later, so look again every 2 s until settled.
    refetchInterval: (q) => (returning && q.state.data?.fees.status === 'due' ? 2000 : false),
  });
  const fees = query.data?.fees;
  const status = fees?.status;
  useEffect(() => {
    // The filing's state follows the fee (fees_settled, treated_as_withdrawn): refresh the page's other cards.
    if (status && status !== 'due') void client.invalidateQueries({ queryKey: ['filing', filingId] });
  }, [status, client, filingId]);
  if (!fees || fees.status === 'unregistered') return null;

  const pay = async () => {
    setPaying(true);
    try {
      const { redirectUrl } = await feesApi.startPayment(filingId);
      goTo.url(redirectUrl);
    } catch (e) {
      errors.notify(e);
      setPaying(false);
    }
  };
  const days = fees.daysLeft;
  const daysText =
    days === null
      ? ''
      : days > 0
        ? t('fees.daysLeft', { count: days })
        : days === 0
          ? t('fees.dueToday')
          : t('fees.overdue', { count: -days });
  const pending = fees.applications.some((a) => a.state === 'pending');

  return (
    <Card
      title={t('fees.cardTitle')}
      data-testid="fee-card"
      extra={
        <Tag color={statusColor[fees.status]} data-testid="fee-status">
          {t(`fees.status.${fees.status}`)}
        </Tag>
      }
    >
      {fees.status === 'due' && (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'a', label: t('fees.amountDue'), children: <strong className="fee-total">{displayYuan(fees.amountDueFen)}</strong> },
              {
                key: 'd',
                label: t('fees.dueDate'),
                children: (
                  <span>
                    {fees.dueDate} <Tag color={days !== null && days <= 1 ? 'red' : 'blue'}>{daysText}</Tag>
                  </span>
                ),
              },
            ]}
          />
          {returning && <Alert type="info" showIcon style={{ margin: '8px 0' }} title={t('fees.confirming')} />}
          {pending && <Alert type="warning" showIcon style={{ margin: '8px 0' }} title={t('fees.aidPending')} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('fees.deadlineNote')}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            {fees.can.pay && (
              <Button type="primary" size="large" loading={paying} onClick={() => void pay()} title={t('fees.payHint')}>
                {t('fees.pay')}
              </Button>
            )}
            {fees.can.applyForAid && (
              <Button size="large" onClick={() => setApplying(true)}>
                {t('fees.applyAid')}
              </Button>
            )}
          </Flex>
        </>
      )}
      {(fees.status === 'paid' || fees.status === 'settled_by_aid') && (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'p', label: t('fees.paidAmount'), children: <strong>{displayYuan(fees.paidFen)}</strong> },
            ...(fees.paidAt ? [{ key: 't', label: t('fees.paidAt'), children: formatDateTime(fees.paidAt) }] : []),
          ]}
        />
      )}
      {fees.status === 'lapsed' && <Alert type="error" showIcon title={t('fees.lapsedNote')} />}
      {fees.fee && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {fees.fee.explanation[lang]}
        </Typography.Paragraph>
      )}
      <AidHistory fees={fees} />
      <AidApplicationModal
        filingId={filingId}
        materials={materials}
        open={applying}
        onClose={() => setApplying(false)}
        onDone={(next) => {
          client.setQueryData(['fees', filingId], next);
          setApplying(false);
        }}
      />
    </Card>
  );
}
