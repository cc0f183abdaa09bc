// 我的立案: the signed-in litigant's filings, newest first, as cards that read well on a phone.
import type { FilingSummary } from '@lian/contract';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/endpoints';
import { QueryState } from '../../../components/QueryState';
import { StateTag } from '../../../components/filing/StateTag';
import { formatDateTime } from '../../../lib/time';
import { NewFilingModal } from './components/NewFilingModal';

function FilingCard({ filing }: { filing: FilingSummary }) {
  const { t } = useTranslation();
  const link = filing.state === 'draft' ? `/filings/${filing.id}/edit` : `/filings/${filing.id}`;
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <StateTag state={filing.state} />
          <span>{filing.causeOfAction?.name ?? filing.court.name}</span>
        </Flex>
      }
      extra={
        <Link to={link}>
          <Button type={filing.state === 'draft' ? 'primary' : 'default'}>
            {filing.state === 'draft' ? t('filings.continueEdit') : t('filings.view')}
          </Button>
        </Link>
      }
    >
      {filing.caseNumber && (
        <div className="case-number" style={{ marginBottom: 8 }}>
          {filing.caseNumber}
        </div>
      )}
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        items={[
          { key: 'court', label: t('filings.columns.court'), children: filing.court.name },
          {
            key: 'defendants',
            label: t('filings.columns.defendants'),
            children: filing.defendantNames.join('、') || '—',
          },
          ...(filing.receiptNumber
            ? [{ key: 'receipt', label: t('detail.receiptNumber'), children: <span className="mono">{filing.receiptNumber}</span> }]
            : []),
          { key: 'created', label: t('filings.columns.createdAt'), children: formatDateTime(filing.createdAt) },
          ...(filing.submittedAt
            ? [{ key: 'submitted', label: t('filings.columns.submittedAt'), children: formatDateTime(filing.submittedAt) }]
            : []),
        ]}
      />
    </Card>
  );
}

export default function FilingsPage() {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const filings = useQuery({ queryKey: ['filings'], queryFn: api.filings });

  return (
    <>
      <div className="page-title-row">
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {t('filings.title')}
        </Typography.Title>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setChoosing(true)}>
          {t('filings.new')}
        </Button>
      </div>
      <QueryState query={filings}>
        {({ filings: list }) =>
          list.length === 0 ? (
            <Empty description={t('filings.empty')} />
          ) : (
            <Flex vertical gap={16}>
              {[...list]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((f) => (
                  <FilingCard key={f.id} filing={f} />
                ))}
            </Flex>
          )
        }
      </QueryState>
      <NewFilingModal open={choosing} onClose={() => setChoosing(false)} />
    </>
  );
}
