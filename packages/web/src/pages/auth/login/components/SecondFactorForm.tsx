// The second sign-in step: a 6-digit code of the authenticator app, or one of the recovery codes.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { isApiError } from '../../../../api/errors';
import { useApiErrors } from '../../../../api/useApiErrors';
import { useFinishSignIn } from '../../../../auth/useFinishSignIn';

export function SecondFactorForm({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [recovery, setRecovery] = useState(false);
  const [problem, setProblem] = useState<{ text: string; restart: boolean } | null>(null);
  const errors = useApiErrors();
  const finish = useFinishSignIn();

  const verify = useMutation({
    mutationFn: api.secondFactor,
    onSuccess: ({ user }) => finish(user),
    onError: (error) => {
      setProblem({ text: errors.message(error), restart: isApiError(error, 'CHALLENGE_EXPIRED') || isApiError(error, 'ACCOUNT_LOCKED') });
      form.setFieldValue('code', '');
    },
  });

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 22 }}>
        {t('mfa.title')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('mfa.intro')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.text}
          role="alert"
          style={{ marginBottom: 16 }}
          action={
            problem.restart ? (
              <Button size="small" onClick={onRestart}>
                {t('mfa.restart')}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        name="second-factor"
        layout="vertical"
        size="large"
        requiredMark={false}
        onFinish={({ code }) => {
          setProblem(null);
          verify.mutate(code.trim());
        }}
      >
        {recovery ? (
          <Form.Item
            key="recovery"
            name="code"
            label={t('mfa.recoveryCode')}
            extra={t('mfa.recoveryHelp')}
            rules={[{ required: true, whitespace: true, message: t('mfa.recoveryRequired') }]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} autoFocus />
          </Form.Item>
        ) : (
          <Form.Item
            key="totp"
            name="code"
            label={t('mfa.code')}
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('mfa.codeRequired') }]}
          >
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus className="otp-input" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={verify.isPending}>
          {t('mfa.verify')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        <button
          type="button"
          className="text-button"
          onClick={() => {
            setRecovery(!recovery);
            setProblem(null);
            form.resetFields();
          }}
        >
          {recovery ? t('mfa.useTotp') : t('mfa.useRecovery')}
        </button>
      </Typography.Paragraph>
    </>
  );
}
