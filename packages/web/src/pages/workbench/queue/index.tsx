// The clerk's review queue: submitted filings of the clerk's courts, most urgent first.
import type { ReviewQueueItem } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, type QueueFilters as Filters } from '../../../api/endpoints';
import { useMe } from '../../../auth/session';
import { QueryState } from '../../../components/QueryState';
import { displayYuan } from '../../../lib/domain';
import { formatDateTime } from '../../../lib/time';
import { byUrgency } from '../../../lib/urgency';
import { DaysLeftTag } from './components/DaysLeftTag';
import { QueueFilters } from './components/QueueFilters';

export default function QueuePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({});
  const courtId = filters.courtId;
  const setCourtId = (id: string | undefined) => setFilters({ ...filters, courtId: id });
  const query = useQuery({
    queryKey: ['review-queue', JSON.stringify(filters)],
    queryFn: () => api.reviewQueue(filters),
    refetchInterval: 60_000,
  });
  const courts = me.data?.courts ?? [];

  const columns: TableColumnsType<ReviewQueueItem> = [
    {
      title: t('workbench.columns.receiptNumber'),
      dataIndex: 'receiptNumber',
      render: (v: string, item) => (
        <Link to={`/workbench/filings/${item.id}`} className="mono">
          {v}
        </Link>
      ),
    },
    { title: t('workbench.columns.daysLeft'), key: 'daysLeft', render: (_: unknown, item) => <DaysLeftTag item={item} /> },
    { title: t('decisions.filters.state'), dataIndex: 'state', render: (v: ReviewQueueItem['state']) => t(`states.${v}`) },
    { title: t('workbench.columns.plaintiffs'), dataIndex: 'plaintiffNames', render: (v: string[]) => v.join('、') },
    { title: t('workbench.columns.defendants'), dataIndex: 'defendantNames', render: (v: string[]) => v.join('、') },
    {
      title: t('workbench.columns.causeOfAction'),
      dataIndex: 'causeOfAction',
      render: (v: ReviewQueueItem['causeOfAction']) => v?.name ?? '—',
    },
    {
      title: t('workbench.columns.amount'),
      dataIndex: 'claimAmountFen',
      align: 'right',
      render: (v: number) => (v > 0 ? displayYuan(v) : '—'),
    },
    { title: t('workbench.columns.materials'), dataIndex: 'materialCount', align: 'right' },
    { title: t('workbench.columns.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v) },
    { title: t('workbench.columns.dueDate'), dataIndex: 'decisionDueDate' },
    {
      title: '',
      key: 'open',
      render: (_: unknown, item) => (
        <Button
          type="primary"
          onClick={() => void navigate(`/workbench/filings/${item.id}`)}
          aria-label={`${t('workbench.open')} ${item.receiptNumber}`}
        >
          {t('workbench.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <div className="page-title-row">
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {t('workbench.title')}
        </Typography.Title>
        {courts.length > 1 && (
          <Space>
            <label htmlFor="queue-court">{t('workbench.court')}</label>
            <Select
              id="queue-court"
              style={{ minWidth: 220 }}
              value={courtId ?? ''}
              onChange={(v: string) => setCourtId(v || undefined)}
              options={[{ value: '', label: t('workbench.allCourts') }, ...courts.map((c) => ({ value: c.id, label: c.name }))]}
            />
          </Space>
        )}
      </div>
      <QueueFilters value={filters} onChange={setFilters} />
      <QueryState query={query}>
        {({ items, counts }) => {
          const sorted = [...items].sort(byUrgency);
          const count = (u: ReviewQueueItem['urgency']) => items.filter((i) => i.urgency === u).length;
          return (
            <>
              <Typography.Paragraph>{t('decisions.stateCounts', { ...counts })}</Typography.Paragraph>
              <Typography.Paragraph strong>
                {t('workbench.counts', {
                  total: items.length,
                  overdue: count('overdue'),
                  today: count('due_today'),
                  warning: count('warning'),
                })}
              </Typography.Paragraph>
              <Table
                rowKey="id"
                columns={columns}
                dataSource={sorted}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('workbench.empty') }}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
