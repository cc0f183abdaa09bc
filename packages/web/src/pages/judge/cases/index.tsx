// 我的案件: the cases assigned to the signed-in judge, newest assignment first — cards on phones, a table on
// wide screens — with a search on case number or party and a filter by fee state; paged on the server.
import type { CaseFeeState, JudgeCaseItem } from '@lian/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Grid, Input, Pagination, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type JudgeCaseFilters, judgeApi } from '../../../api/judge';
import { QueryState } from '../../../components/QueryState';
import { formatDate } from '../../../lib/time';
import { CaseCard } from './components/CaseCard';
import { FeeStateTag } from './components/FeeStateTag';
import { Parties } from './components/Parties';

const PAGE = 20;
const feeStates: readonly CaseFeeState[] = ['due', 'aid_pending', 'paid', 'waived', 'lapsed'];

export default function JudgeCasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md;
  const [filters, setFilters] = useState<JudgeCaseFilters>({});
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['judge-cases', JSON.stringify(filters), page],
    queryFn: () => judgeApi.cases(filters, PAGE, (page - 1) * PAGE),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const filter = (f: JudgeCaseFilters) => {
    setFilters(f);
    setPage(1);
  };

  const columns: TableColumnsType<JudgeCaseItem> = [
    {
      title: t('judge.columns.caseNumber'),
      dataIndex: 'caseNumber',
      render: (v: string, item) => (
        <Link to={`/cases/${item.id}`} style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Link>
      ),
    },
    { title: t('judge.columns.parties'), key: 'parties', render: (_: unknown, item) => <Parties item={item} /> },
    {
      title: t('judge.columns.causeOfAction'),
      dataIndex: 'causeOfAction',
      render: (v: JudgeCaseItem['causeOfAction']) => v?.name ?? '—',
    },
    {
      title: t('judge.columns.procedure'),
      dataIndex: 'procedure',
      responsive: ['xxl'],
      render: (v: JudgeCaseItem['procedure']) => (v ? t(`decisions.procedure.${v}`) : '—'),
    },
    { title: t('judge.columns.registeredOn'), dataIndex: 'acceptedAt', render: (v: string) => formatDate(v) },
    { title: t('judge.columns.assignedOn'), dataIndex: 'assignedAt', render: (v: string) => formatDate(v) },
    { title: t('judge.columns.fee'), key: 'fee', render: (_: unknown, item) => <FeeStateTag fee={item.fee} /> },
    {
      title: '',
      key: 'open',
      render: (_: unknown, item) => (
        <Button type="primary" onClick={() => void navigate(`/cases/${item.id}`)} aria-label={`${t('judge.open')} ${item.caseNumber}`}>
          {t('judge.open')}
        </Button>
      ),
    },
  ];

  const filtered = Boolean(filters.q || filters.feeState);
  return (
    <>
      <div className="page-title-row">
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {t('judge.title')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('judge.intro')}</Typography.Paragraph>
      <Flex gap={12} wrap align="end" style={{ marginBottom: 16 }} role="search">
        <Input.Search
          style={{ width: wide ? 320 : '100%' }}
          allowClear
          placeholder={t('judge.search')}
          aria-label={t('judge.searchLabel')}
          maxLength={50}
          onSearch={(v) => filter({ ...filters, q: v.trim() || undefined })}
        />
        <Select
          style={{ minWidth: 200, width: wide ? undefined : '100%' }}
          value={filters.feeState ?? ''}
          aria-label={t('judge.feeFilter')}
          onChange={(v: string) => filter({ ...filters, feeState: (v || undefined) as CaseFeeState | undefined })}
          options={[
            { value: '', label: `${t('judge.feeFilter')}：${t('judge.allFeeStates')}` },
            ...feeStates.map((s) => ({
              value: s,
              label: `${t(`judge.feeState.${s}`)}${query.data ? ` (${query.data.counts[s]})` : ''}`,
            })),
          ]}
        />
      </Flex>
      <QueryState query={query}>
        {({ items, total }) =>
          total === 0 ? (
            filtered ? (
              <Empty description={t('judge.noMatch')} />
            ) : (
              <Empty
                description={
                  <>
                    <Typography.Paragraph strong>{t('judge.empty')}</Typography.Paragraph>
                    <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
                      {t('judge.emptyHint')}
                    </Typography.Paragraph>
                  </>
                }
              />
            )
          ) : (
            <>
              <Typography.Paragraph strong>{t('judge.total', { count: total })}</Typography.Paragraph>
              {wide ? (
                <Table
                  rowKey="id"
                  columns={columns}
                  dataSource={items}
                  scroll={{ x: 'max-content' }}
                  pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
                />
              ) : (
                <Flex vertical gap={12}>
                  {items.map((item) => (
                    <CaseCard key={item.id} item={item} />
                  ))}
                  <Pagination
                    align="center"
                    current={page}
                    pageSize={PAGE}
                    total={total}
                    onChange={setPage}
                    hideOnSinglePage
                    showSizeChanger={false}
                    simple
                  />
                </Flex>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
