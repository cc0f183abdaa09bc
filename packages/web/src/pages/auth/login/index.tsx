// Sign-in with a mobile number or e-mail and a password; court staff then pass the second factor
// (a code of their authenticator app), or set one up on their first sign-in.
import type { LoginBody } from '@lian/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';
import { useFinishSignIn } from '../../../auth/useFinishSignIn';
import { PasskeySignIn } from '../../../components/auth/PasskeySignIn';
import { SecondFactorForm } from './components/SecondFactorForm';

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginBody>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const finish = useFinishSignIn();
  const errors = useApiErrors();
  const [problem, setProblem] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState(false);

  const login = useMutation({
    mutationFn: api.login,
    onSuccess: (result) => {
      if ('user' in result) return finish(result.user);
      if (result.challenge.step === 'totp') return setSecondStep(true);
      void navigate(`/login/authenticator${params.toString() ? `?${params.toString()}` : ''}`);
    },
    onError: (error) => {
      setProblem(errors.message(error));
      errors.applyToForm(form, error, (name) => name[0] === 'login' || name[0] === 'password');
    },
  });

  return (
    <div className="narrow">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('auth.loginTitle')}
        </Typography.Title>
        {secondStep ? (
          <SecondFactorForm
            onRestart={() => {
              setSecondStep(false);
              form.setFieldValue('password', '');
            }}
          />
        ) : (
          <>
            <Typography.Paragraph className="secondary">{t('auth.loginIntro')}</Typography.Paragraph>
            {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
            <Form
              form={form}
              name="login"
              layout="vertical"
              size="large"
              requiredMark={false}
              onFinish={(values) => {
                setProblem(null);
                login.mutate({ login: values.login.trim(), password: values.password });
              }}
            >
              <Form.Item
                name="login"
                label={t('auth.login')}
                rules={[{ required: true, whitespace: true, message: t('auth.v.loginRequired') }]}
              >
                <Input autoComplete="username webauthn" inputMode="email" placeholder={t('auth.loginPlaceholder')} />
              </Form.Item>
              <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.v.passwordRequired') }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={login.isPending}>
                {t('auth.submitLogin')}
              </Button>
            </Form>
            <PasskeySignIn />
            <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
              <Link to="/forgot-password">{t('mfa.forgot')}</Link>
            </Typography.Paragraph>
            <Typography.Paragraph style={{ textAlign: 'center' }}>
              {t('auth.noAccount')} <Link to="/register">{t('auth.toRegister')}</Link>
            </Typography.Paragraph>
          </>
        )}
      </Card>
    </div>
  );
}
