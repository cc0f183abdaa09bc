// 身份验证器 on the account page: litigants and lawyers may turn on an authenticator app (QR code,
// a code, recovery codes shown once) and turn it off with a code or a recovery code; court staff see
// that theirs is required.
import type { EnrolmentResponse } from '@lian/contract';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityApi } from '../../../api/account-security';
import { useApiErrors } from '../../../api/useApiErrors';
import { useMe } from '../../../auth/session';
import { AuthenticatorSetup } from '../../../components/auth/AuthenticatorSetup';
import { QueryState } from '../../../components/QueryState';
import { RecoveryCodes } from '../../auth/enrol/components/RecoveryCodes';

const statusKey = ['second-factor'] as const;

export function AuthenticatorCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const me = useMe();
  const client = useQueryClient();
  const status = useQuery({ queryKey: statusKey, queryFn: securityApi.secondFactorStatus });
  const [enrolment, setEnrolment] = useState<EnrolmentResponse | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const refresh = () => void client.invalidateQueries({ queryKey: statusKey });

  const start = useMutation({ mutationFn: securityApi.startOwnEnrolment, onSuccess: setEnrolment, onError: errors.notify });
  const confirm = useMutation({
    mutationFn: securityApi.confirmOwnEnrolment,
    onSuccess: ({ recoveryCodes: codes }) => {
      setEnrolment(null);
      setRecoveryCodes(codes);
      refresh();
    },
  });
  const disable = useMutation({
    mutationFn: securityApi.disableOwnSecondFactor,
    onSuccess: () => {
      setDisabling(false);
      void message.success(t('selfMfa.disabled'));
      refresh();
    },
    onError: () => form.setFieldValue('code', ''),
  });

  let body;
  if (recoveryCodes)
    body = (
      <RecoveryCodes
        codes={recoveryCodes}
        login={me.data?.login ?? ''}
        onContinue={() => {
          setRecoveryCodes(null);
          void message.success(t('selfMfa.enabled'));
        }}
      />
    );
  else if (enrolment)
    body = (
      <div style={{ maxWidth: 480 }}>
        <AuthenticatorSetup
          enrolment={enrolment}
          intro={t('selfMfa.introOff')}
          problem={confirm.error ? errors.message(confirm.error) : null}
          busy={confirm.isPending}
          onConfirm={(code) => confirm.mutate(code)}
        />
        <Button type="link" block onClick={() => setEnrolment(null)} style={{ marginTop: 8 }}>
          {t('selfMfa.cancel')}
        </Button>
      </div>
    );
  else
    body = (
      <QueryState query={status}>
        {(s) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={s.enrolled ? 'green' : 'default'}>{s.enrolled ? t('selfMfa.on') : t('selfMfa.off')}</Tag>
              {s.enrolled && <span>{t('selfMfa.recoveryLeft', { count: s.recoveryCodesLeft })}</span>}
            </Space>
            {s.required ? (
              <Typography.Paragraph type="secondary">{t('selfMfa.required')}</Typography.Paragraph>
            ) : s.enrolled ? (
              <Button onClick={() => setDisabling(true)}>{t('selfMfa.disable')}</Button>
            ) : (
              <>
                <Typography.Paragraph type="secondary">{t('selfMfa.introOff')}</Typography.Paragraph>
                <Button type="primary" icon={<SafetyCertificateOutlined />} loading={start.isPending} onClick={() => start.mutate()}>
                  {t('selfMfa.enable')}
                </Button>
              </>
            )}
          </Space>
        )}
      </QueryState>
    );

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('selfMfa.title')}
        </Typography.Title>
      }
    >
      {body}
      <Modal
        open={disabling}
        title={t('selfMfa.disableTitle')}
        okText={t('selfMfa.disable')}
        okButtonProps={{ danger: true, loading: disable.isPending }}
        cancelText={t('selfMfa.cancel')}
        onCancel={() => {
          setDisabling(false);
          disable.reset();
        }}
        onOk={() =>
          void form.validateFields().then(
            (v) => disable.mutate(v.code.trim()),
            () => undefined,
          )
        }
        destroyOnHidden
      >
        <Typography.Paragraph>{t('selfMfa.disableIntro')}</Typography.Paragraph>
        {disable.error && <Alert type="error" showIcon role="alert" title={errors.message(disable.error)} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => disable.mutate(v.code.trim())}>
          <Form.Item
            name="code"
            label={t('selfMfa.codeOrRecovery')}
            rules={[{ required: true, whitespace: true, min: 6, message: t('selfMfa.codeOrRecoveryRequired') }]}
          >
            <Input autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
