// 人员管理: the staff of the administrator's courts (all courts for a system administrator), with
// creating members, changing their roles and courts, deactivating and resetting a lost authenticator.
import type { StaffAssignment, StaffMember } from '@lian/contract';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Grid, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../../api/accounts';
import { errorMessage } from '../../../api/errors';
import { QueryState } from '../../../components/QueryState';
import { StaffFormModal, type StaffFormValues } from './StaffForm';

const staffKey = ['admin', 'staff'] as const;

export default function StaffPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const compact = !Grid.useBreakpoint().md;
  const staff = useQuery({ queryKey: staffKey, queryFn: accountsApi.staff });
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: staffKey });
  const onError = (e: unknown) => void message.error(errorMessage(t, e));

  const save = useMutation({
    mutationFn: async (v: StaffFormValues) => {
      const assignment = { roles: v.roles, courtIds: v.courtIds ?? [] } as StaffAssignment;
      if (editing === 'new') return accountsApi.createStaff({ ...assignment, realName: v.realName ?? '', login: v.login ?? '' });
      return accountsApi.updateStaff((editing as StaffMember).id, assignment);
    },
    onSuccess: ({ member }) => {
      void message.success(editing === 'new' ? t('admin.created', { login: member.login }) : t('admin.saved'));
      setEditing(null);
      refresh();
    },
    onError,
  });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'deactivate' | 'reactivate' | 'reset-second-factor' }) =>
      accountsApi.staffAction(id, action),
    onSuccess: () => {
      void message.success(t('admin.done'));
      refresh();
    },
    onError,
  });
  const confirm = (m: StaffMember, action: 'deactivate' | 'reset-second-factor') =>
    modal.confirm({
      title: t(action === 'deactivate' ? 'admin.confirmDeactivate' : 'admin.confirmReset', { name: m.realName }),
      okText: t(action === 'deactivate' ? 'admin.deactivate' : 'admin.resetFactor'),
      okButtonProps: { danger: true },
      cancelText: t('admin.cancel'),
      onOk: () => act.mutateAsync({ id: m.id, action }),
    });

  const name = (m: StaffMember) => (
    <>
      <div>{m.realName}</div>
      <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
        {m.login}
      </Typography.Text>
    </>
  );
  const roles = (m: StaffMember) => m.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>);
  const courts = (m: StaffMember) => m.courts.map((c) => c.name).join('、');
  const status = (m: StaffMember) => (
    <Space direction="vertical" size={2}>
      <Tag color={m.active ? 'green' : 'default'}>{m.active ? t('admin.active') : t('admin.inactive')}</Tag>
      <Typography.Text type="secondary">
        {t('admin.authenticator')}: {m.secondFactorEnrolled ? t('admin.enrolled') : t('admin.notEnrolled')}
      </Typography.Text>
    </Space>
  );
  const actions = (m: StaffMember) =>
    m.manageable && (
      <Space wrap size="small">
        <Button size="small" onClick={() => setEditing(m)}>
          {t('admin.edit')}
        </Button>
        {m.active ? (
          <Button size="small" danger onClick={() => confirm(m, 'deactivate')}>
            {t('admin.deactivate')}
          </Button>
        ) : (
          <Button size="small" onClick={() => act.mutate({ id: m.id, action: 'reactivate' })}>
            {t('admin.reactivate')}
          </Button>
        )}
        <Button size="small" onClick={() => confirm(m, 'reset-second-factor')}>
          {t('admin.resetFactor')}
        </Button>
      </Space>
    );
  // On a phone one column holds everything, so that the actions stay on screen.
  const columns: ColumnsType<StaffMember> = compact
    ? [
        {
          title: t('admin.name'),
          render: (_, m) => (
            <Space direction="vertical" size={4}>
              {name(m)}
              <div>{roles(m)}</div>
              <Typography.Text>{courts(m)}</Typography.Text>
              {status(m)}
              {actions(m)}
            </Space>
          ),
        },
      ]
    : [
        { title: t('admin.name'), render: (_, m) => name(m) },
        { title: t('admin.roles'), render: (_, m) => roles(m) },
        { title: t('admin.courts'), render: (_, m) => courts(m) },
        { title: t('admin.status'), render: (_, m) => status(m) },
        { title: t('admin.actions'), render: (_, m) => actions(m) },
      ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('admin.staffTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.staffIntro')}</Typography.Paragraph>
      <QueryState query={staff}>
        {(data) => (
          <Card
            extra={
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('admin.add')}
              </Button>
            }
          >
            <Table<StaffMember>
              rowKey="id"
              dataSource={data.staff}
              pagination={false}
              scroll={compact ? undefined : { x: 720 }}
              columns={columns}
            />
            <StaffFormModal
              open={editing !== null}
              member={editing === 'new' ? null : editing}
              scope={data.scope}
              saving={save.isPending}
              onSave={(v) => save.mutate(v)}
              onCancel={() => setEditing(null)}
            />
          </Card>
        )}
      </QueryState>
    </Space>
  );
}
