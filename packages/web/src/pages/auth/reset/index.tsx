// 忘记密码: ask for a one-time code sent to the login (SMS or e-mail), then set a new password with it.
// The server answers the same whether or not the account exists, and so does this page.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';

interface ResetForm {
  login: string;
  code: string;
  newPassword: string;
  confirmPassword: string;
}

export default function PasswordResetPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResetForm>();
  const errors = useApiErrors();
  const [problem, setProblem] = useState<string | null>(null);
  const [login, setLogin] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const navigate = useNavigate();

  const send = useMutation({
    mutationFn: api.requestPasswordReset,
    onSuccess: (_r, sentTo) => setLogin(sentTo),
    onError: (error) => setProblem(errors.message(error)),
  });
  const confirm = useMutation({
    mutationFn: api.confirmPasswordReset,
    onSuccess: () => setDone(true),
    onError: (error) => {
      setProblem(errors.message(error));
      errors.applyToForm(form, error, (name) => name[0] === 'newPassword' || name[0] === 'code');
    },
  });

  if (done)
    return (
      <div className="narrow">
        <Card>
          <Result
            status="success"
            title={t('reset.done')}
            extra={
              <Button type="primary" onClick={() => void navigate('/login')}>
                {t('reset.toLogin')}
              </Button>
            }
          />
        </Card>
      </div>
    );

  return (
    <div className="narrow">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('reset.title')}
        </Typography.Title>
        <Typography.Paragraph className="secondary">{t('reset.intro')}</Typography.Paragraph>
        {login && <Alert type="info" showIcon title={t('reset.sent')} role="status" style={{ marginBottom: 16 }} />}
        {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          name="password-reset"
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={(v) => {
            setProblem(null);
            if (!login) send.mutate(v.login.trim());
            else confirm.mutate({ login, code: v.code.trim(), newPassword: v.newPassword });
          }}
        >
          <Form.Item
            name="login"
            label={t('auth.login')}
            rules={[{ required: true, whitespace: true, message: t('auth.v.loginRequired') }]}
          >
            <Input autoComplete="username" inputMode="email" placeholder={t('auth.loginPlaceholder')} disabled={Boolean(login)} />
          </Form.Item>
          {login && (
            <>
              <Form.Item
                name="code"
                label={t('reset.code')}
                rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('reset.codeRequired') }]}
              >
                <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} className="otp-input" />
              </Form.Item>
              <Form.Item
                name="newPassword"
                label={t('reset.newPassword')}
                extra={t('auth.passwordPolicy')}
                rules={[{ required: true, message: t('auth.v.passwordRequired') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirmPassword"
                label={t('auth.confirmPassword')}
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('auth.v.passwordRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_r, value) =>
                      !value || getFieldValue('newPassword') === value
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('auth.v.passwordMismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" block loading={send.isPending || confirm.isPending}>
            {login ? t('reset.submit') : t('reset.send')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          {login && (
            <>
              <button type="button" className="text-button" onClick={() => send.mutate(login)} disabled={send.isPending}>
                {t('reset.resend')}
              </button>
              {' · '}
            </>
          )}
          <Link to="/login">{t('reset.toLogin')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
