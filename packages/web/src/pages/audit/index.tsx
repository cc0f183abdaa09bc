// 审计日志: the auditor's search of the audit trail (filters, newest first, older pages on demand),
// a drawer with one record's details, and the verification of the hash chain. Actors are shown by name
// and masked sign-in name only; the server never sends decrypted personal data here.
import type { AuditRecord } from '@lian/contract';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Grid, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, auditApi } from '../../api/audit';
import { errorMessage } from '../../api/errors';
import { formatDateTime } from '../../lib/time';
import { AuditFilterForm } from './components/AuditFilterForm';
import { AuditRecordDrawer } from './components/AuditRecordDrawer';
import { ActorName, OutcomeTag } from './components/parts';

const PAGE = 50;

function VerifyChain() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const verify = useMutation({ mutationFn: auditApi.verify, onError: (e) => void message.error(errorMessage(t, e)) });
  const r = verify.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('audit.verify')}
      </Button>
      {r && (
        <Alert
          role="status"
          showIcon
          type={r.ok ? 'success' : 'error'}
          message={
            r.ok
              ? t('audit.verifyIntact', { count: r.records, at: formatDateTime(r.checkedAt) })
              : t('audit.verifyBroken', {
                  id: r.brokenAtId,
                  count: r.records,
                  reason: t(`audit.reasons.${r.reason ?? ''}`, { defaultValue: r.reason ?? '' }),
                })
          }
        />
      )}
    </Space>
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [open, setOpen] = useState<AuditRecord | null>(null);
  const query = useInfiniteQuery({
    queryKey: ['audit-records', JSON.stringify(filters)],
    queryFn: ({ pageParam }) => auditApi.search(filters, pageParam, PAGE),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const records = query.data?.pages.flatMap((p) => p.records) ?? [];

  const screens = Grid.useBreakpoint();
  const columns: TableColumnsType<AuditRecord> = [
    {
      title: t('audit.columns.at'),
      dataIndex: 'at',
      width: 170,
      responsive: ['sm'],
      render: (v: string) => (
        <span className="mono" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(v)}
        </span>
      ),
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      render: (v: string, r) => (
        <>
          <Button
            type="link"
            className="mono"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', wordBreak: 'break-all' }}
            onClick={() => setOpen(r)}
          >
            {v}
          </Button>
          {/* On phones the time column is hidden: the time goes under the action. */}
          {!screens.sm && (
            <Typography.Text type="secondary" className="mono" style={{ display: 'block', fontSize: 13 }}>
              {formatDateTime(r.at)}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('audit.columns.outcome'), dataIndex: 'outcome', width: 84, render: (_: string, r) => <OutcomeTag outcome={r.outcome} /> },
    { title: t('audit.columns.actor'), key: 'actor', responsive: ['md'], render: (_: unknown, r) => <ActorName record={r} /> },
    {
      title: t('audit.columns.resource'),
      key: 'resource',
      responsive: ['lg'],
      render: (_: unknown, r) => r.caseNumber ?? (r.resourceType ? <Tag>{r.resourceType}</Tag> : null),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('audit.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
        <VerifyChain />
      </div>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('audit.filters')}
          </Typography.Title>
        }
      >
        <AuditFilterForm onSearch={setFilters} />
      </Card>
      {query.isError && <Alert type="error" showIcon message={errorMessage(t, query.error)} />}
      <Table<AuditRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={records}
        loading={query.isLoading}
        pagination={false}
        locale={{ emptyText: t('audit.empty') }}
        onRow={(r) => ({ onDoubleClick: () => setOpen(r) })}
      />
      {records.length > 0 && (
        <Button block onClick={() => void query.fetchNextPage()} disabled={!query.hasNextPage} loading={query.isFetchingNextPage}>
          {query.hasNextPage ? t('audit.loadMore') : t('audit.noMore')}
        </Button>
      )}
      <AuditRecordDrawer record={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
