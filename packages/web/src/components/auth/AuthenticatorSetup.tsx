// Linking an authenticator app: the QR code, the key to type by hand, and the first 6-digit code that
// confirms it. Used at the first staff sign-in and on the account page (opt-in for everyone else).
import type { EnrolmentResponse } from '@lian/contract';
import { Alert, Button, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function AuthenticatorSetup({
  enrolment,
  problem,
  problemAction,
  busy,
  onConfirm,
  intro,
}: {
  enrolment: EnrolmentResponse;
  problem: string | null;
  problemAction?: ReactNode;
  busy: boolean;
  onConfirm: (code: string) => void;
  intro: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const { qrDataUrl, secret } = enrolment;
  return (
    <>
      <Typography.Paragraph className="secondary">{intro}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('mfa.step1')}
      </Typography.Title>
      <img src={qrDataUrl} alt={t('mfa.qrAlt')} width={220} height={220} className="qr-code" />
      <Typography.Paragraph>
        {t('mfa.manualKey')}
        <br />
        <Typography.Text code copyable={{ text: secret }} className="totp-secret">
          {secret.replace(/(.{4})/g, '$1 ').trim()}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('mfa.step2')}
      </Typography.Title>
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} action={problemAction} />}
      <Form
        form={form}
        name="enrol"
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={({ code }) => {
          form.setFieldValue('code', '');
          onConfirm(code.trim());
        }}
      >
        <Form.Item name="code" label={t('mfa.code')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('mfa.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} className="otp-input" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('mfa.confirm')}
        </Button>
      </Form>
    </>
  );
}
