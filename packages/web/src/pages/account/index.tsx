// 账号与隐私: the signed-in devices (end one, sign out everywhere else), passkeys and the authenticator
// app, a copy of one's personal data, and deleting the account (PIPL Arts. 45, 47). Court staff see
// only the devices and sign-in parts.
import type { Me, SessionInfo } from '@lian/contract';
import { DeleteOutlined, DownloadOutlined, LaptopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/endpoints';
import { errorMessage } from '../../api/errors';
import { useMe, useSetMe } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/time';
import { describeUserAgent } from '../../lib/userAgent';
import { IdentityCard } from './IdentityCard';
import { AuthenticatorCard } from './components/AuthenticatorCard';
import { PasskeysCard } from './components/PasskeysCard';

const sessionsKey = ['sessions'] as const;

function SessionsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: api.sessions });
  const refresh = () => client.invalidateQueries({ queryKey: sessionsKey });
  const endOne = useMutation({
    mutationFn: api.endSession,
    onSuccess: () => void refresh(),
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const endOthers = useMutation({
    mutationFn: api.endOtherSessions,
    onSuccess: ({ revoked }) => {
      void message.success(t('account.othersEnded', { count: revoked }));
      void refresh();
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  const device = (s: SessionInfo) => describeUserAgent(s.userAgent) ?? t('account.unknownDevice');

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('account.devicesTitle')}
        </Typography.Title>
      }
      extra={
        <Button onClick={() => endOthers.mutate()} loading={endOthers.isPending}>
          {t('account.endOthers')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.devicesIntro')}</Typography.Paragraph>
      <QueryState query={sessions}>
        {({ sessions: list }) => (
          <List
            dataSource={list}
            rowKey="id"
            renderItem={(s) => (
              <List.Item
                actions={
                  s.current
                    ? []
                    : [
                        <Button key="end" onClick={() => endOne.mutate(s.id)} aria-label={`${t('account.endSession')}: ${device(s)}`}>
                          {t('account.endSession')}
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  avatar={<LaptopOutlined aria-hidden style={{ fontSize: 22 }} />}
                  title={
                    <Space wrap>
                      <span>{device(s)}</span>
                      {s.current && <Tag color="green">{t('account.thisDevice')}</Tag>}
                    </Space>
                  }
                  description={t('account.sessionTimes', {
                    signedIn: formatDateTime(s.createdAt),
                    lastSeen: formatDateTime(s.lastSeenAt),
                    ends: formatDateTime(s.expiresAt),
                  })}
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}

function DataRightsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const [form] = Form.useForm<{ password: string }>();
  const remove = useMutation({
    mutationFn: (password: string) => api.deleteAccount(password),
    onSuccess: () => {
      setDeleting(false);
      setMe(null);
      void message.success(t('account.deleted'));
      void navigate('/login', { replace: true });
    },
  });

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('account.dataTitle')}
        </Typography.Title>
      }
    >
      <Typography.Paragraph>{t('account.exportIntro')}</Typography.Paragraph>
      <Button icon={<DownloadOutlined />} href={api.dataExportUrl} download>
        {t('account.export')}
      </Button>
      <Typography.Paragraph style={{ marginTop: 24 }}>{t('account.deleteIntro')}</Typography.Paragraph>
      <Button danger icon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
        {t('account.delete')}
      </Button>
      <Modal
        open={deleting}
        title={t('account.deleteConfirmTitle')}
        okText={t('account.deleteConfirm')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        cancelText={t('account.cancel')}
        onCancel={() => {
          setDeleting(false);
          remove.reset();
        }}
        onOk={() => void form.validateFields().then((v) => remove.mutate(v.password))}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('account.deleteWarning')}</Typography.Paragraph>
        {remove.error && <Alert type="error" showIcon message={errorMessage(t, remove.error)} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="password" label={t('account.passwordToConfirm')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

const holdsOwnData = (user: Me) => user.roles.every((r) => r === 'litigant' || r === 'lawyer');

export default function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('account.title')}
      </Typography.Title>
      {me.data && holdsOwnData(me.data) && <IdentityCard />}
      <SessionsCard />
      <PasskeysCard />
      <AuthenticatorCard />
      {me.data && holdsOwnData(me.data) && <DataRightsCard />}
    </Space>
  );
}
