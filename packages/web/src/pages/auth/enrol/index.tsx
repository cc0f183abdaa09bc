// First sign-in of court staff: link an authenticator app (QR code or key), confirm it with a
// code, then keep the recovery codes shown once. The pending sign-in travels in an HttpOnly cookie.
import type { EnrolledResponse } from '@lian/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/endpoints';
import { isApiError } from '../../../api/errors';
import { useApiErrors } from '../../../api/useApiErrors';
import { PageLoading } from '../../../components/RouteGuard';
import { useFinishSignIn } from '../../../auth/useFinishSignIn';
import { RecoveryCodes } from './components/RecoveryCodes';

export default function EnrolPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const errors = useApiErrors();
  const finish = useFinishSignIn();
  const [problem, setProblem] = useState<string | null>(null);
  const [enrolled, setEnrolled] = useState<EnrolledResponse | null>(null);

  const enrolment = useQuery({ queryKey: ['enrolment'], queryFn: api.startEnrolment, retry: false, staleTime: Infinity, gcTime: 0 });
  const confirm = useMutation({
    mutationFn: api.confirmEnrolment,
    onSuccess: setEnrolled,
    onError: (error) => {
      setProblem(errors.message(error));
      form.setFieldValue('code', '');
    },
  });

  let body;
  if (enrolled)
    body = <RecoveryCodes codes={enrolled.recoveryCodes} login={enrolled.user.login} onContinue={() => finish(enrolled.user)} />;
  else if (enrolment.isPending) body = <PageLoading />;
  else if (enrolment.isError)
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errors.message(enrolment.error)}
        action={isApiError(enrolment.error, 'CHALLENGE_EXPIRED') ? <Link to="/login">{t('mfa.restart')}</Link> : undefined}
      />
    );
  else {
    const { qrDataUrl, secret } = enrolment.data;
    body = (
      <>
        <Typography.Paragraph className="secondary">{t('mfa.enrolIntro')}</Typography.Paragraph>
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
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem}
            role="alert"
            style={{ marginBottom: 16 }}
            action={
              isApiError(confirm.error, 'CHALLENGE_EXPIRED') || isApiError(confirm.error, 'ACCOUNT_LOCKED') ? (
                <Link to="/login">{t('mfa.restart')}</Link>
              ) : undefined
            }
          />
        )}
        <Form
          form={form}
          name="enrol"
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={({ code }) => {
            setProblem(null);
            confirm.mutate(code.trim());
          }}
        >
          <Form.Item
            name="code"
            label={t('mfa.code')}
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('mfa.codeRequired') }]}
          >
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} className="otp-input" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
            {t('mfa.confirm')}
          </Button>
        </Form>
      </>
    );
  }

  return (
    <div className="narrow">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('mfa.enrolTitle')}
        </Typography.Title>
        {body}
      </Card>
    </div>
  );
}
