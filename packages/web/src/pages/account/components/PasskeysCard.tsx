// 通行密钥 on the account page: add a passkey of this device under a name, see them all (when added,
// last used, synced), rename one, remove one (with the password again when the sign-in is not recent).
import type { PasskeyInfo } from '@lian/contract';
import { KeyOutlined } from '@ant-design/icons';
import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityApi } from '../../../api/account-security';
import { isApiError } from '../../../api/errors';
import { useApiErrors } from '../../../api/useApiErrors';
import { isCeremonyCancelled } from '../../../components/auth/webauthn';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/time';
import { describeUserAgent } from '../../../lib/userAgent';

const passkeysKey = ['passkeys'] as const;
type Dialog =
  { kind: 'add'; name: string } | { kind: 'rename'; passkey: PasskeyInfo; name: string } | { kind: 'remove'; passkey: PasskeyInfo } | null;

export function PasskeysCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const client = useQueryClient();
  const passkeys = useQuery({ queryKey: passkeysKey, queryFn: securityApi.passkeys });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [needsPassword, setNeedsPassword] = useState(false);
  const [form] = Form.useForm<{ name?: string; password?: string }>();
  const supported = browserSupportsWebAuthn();

  const close = () => {
    setDialog(null);
    setNeedsPassword(false);
    save.reset();
  };
  const done = (text: string) => {
    void message.success(text);
    void client.invalidateQueries({ queryKey: passkeysKey });
    close();
  };

  const save = useMutation({
    mutationFn: async (v: { name?: string; password?: string }) => {
      if (dialog?.kind === 'add') {
        const { options } = await securityApi.passkeyRegistrationOptions();
        const response = await startRegistration({ optionsJSON: options });
        await securityApi.registerPasskey(v.name!.trim(), response);
        return t('passkeys.added');
      }
      if (dialog?.kind === 'rename') {
        await securityApi.renamePasskey(dialog.passkey.id, v.name!.trim());
        return t('passkeys.renamed');
      }
      await securityApi.removePasskey(dialog!.passkey.id, v.password);
      return t('passkeys.removed');
    },
    onSuccess: done,
    onError: (e) => {
      if (isApiError(e, 'REAUTHENTICATION_REQUIRED')) setNeedsPassword(true);
    },
  });
  const problem =
    save.error && !isApiError(save.error, 'REAUTHENTICATION_REQUIRED')
      ? isCeremonyCancelled(save.error)
        ? t('passkeys.cancelled')
        : errors.message(save.error)
      : null;

  const title =
    dialog?.kind === 'add'
      ? t('passkeys.add')
      : dialog?.kind === 'rename'
        ? t('passkeys.renameTitle')
        : dialog
          ? t('passkeys.removeTitle', { name: dialog.passkey.name })
          : '';
  const used = (p: PasskeyInfo) =>
    p.lastUsedAt ? t('passkeys.lastUsed', { used: formatDateTime(p.lastUsedAt) }) : t('passkeys.neverUsed');

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('passkeys.title')}
        </Typography.Title>
      }
      extra={
        supported && (
          <Button
            type="primary"
            icon={<KeyOutlined />}
            onClick={() => setDialog({ kind: 'add', name: describeUserAgent(navigator.userAgent) ?? t('passkeys.defaultName') })}
          >
            {t('passkeys.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('passkeys.intro')}</Typography.Paragraph>
      {!supported && <Alert type="info" showIcon title={t('passkeys.unsupported')} style={{ marginBottom: 16 }} />}
      <QueryState query={passkeys}>
        {({ passkeys: list }) => (
          <List
            dataSource={list}
            rowKey="id"
            locale={{ emptyText: <Typography.Text>{t('passkeys.none')}</Typography.Text> }}
            renderItem={(p) => (
              <List.Item
                actions={[
                  <Button
                    key="rename"
                    aria-label={`${t('passkeys.rename')}: ${p.name}`}
                    onClick={() => setDialog({ kind: 'rename', passkey: p, name: p.name })}
                  >
                    {t('passkeys.rename')}
                  </Button>,
                  <Button
                    key="remove"
                    danger
                    aria-label={`${t('passkeys.remove')}: ${p.name}`}
                    onClick={() => setDialog({ kind: 'remove', passkey: p })}
                  >
                    {t('passkeys.remove')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  avatar={<KeyOutlined aria-hidden style={{ fontSize: 22 }} />}
                  title={
                    <Space wrap>
                      <span>{p.name}</span>
                      {p.synced && <Tag color="blue">{t('passkeys.synced')}</Tag>}
                    </Space>
                  }
                  description={`${t('passkeys.created', { created: formatDateTime(p.createdAt) })} · ${used(p)}`}
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Modal
        open={dialog !== null}
        title={title}
        okText={dialog?.kind === 'remove' ? t('passkeys.remove') : t('passkeys.save')}
        okButtonProps={{ danger: dialog?.kind === 'remove', loading: save.isPending }}
        cancelText={t('passkeys.cancel')}
        onCancel={close}
        onOk={() => void form.validateFields().then(save.mutate, () => undefined)}
        destroyOnHidden
      >
        {dialog?.kind === 'remove' && <Typography.Paragraph>{t('passkeys.removeWarning')}</Typography.Paragraph>}
        {needsPassword && <Alert type="info" showIcon title={t('passkeys.removeNeedsPassword')} style={{ marginBottom: 16 }} />}
        {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={dialog && 'name' in dialog ? { name: dialog.name } : {}}
          onFinish={(v) => save.mutate(v)}
        >
          {dialog?.kind !== 'remove' && (
            <Form.Item
              name="name"
              label={t('passkeys.nameLabel')}
              rules={[{ required: true, whitespace: true, max: 50, message: t('passkeys.nameRequired') }]}
            >
              <Input placeholder={t('passkeys.namePlaceholder')} maxLength={50} autoFocus />
            </Form.Item>
          )}
          {needsPassword && (
            <Form.Item
              name="password"
              label={t('account.passwordToConfirm')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input.Password autoComplete="current-password" autoFocus />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
