// Sign-in with a mobile number or e-mail and a password.
import type { LoginBody } from '@lian/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';
import { homePathFor, safeNext } from '../../../auth/access';
import { useSetMe } from '../../../auth/session';

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginBody>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setMe = useSetMe();
  const errors = useApiErrors();
  const [problem, setProblem] = useState<string | null>(null);

  const login = useMutation({
    mutationFn: api.login,
    onSuccess: ({ user }) => {
      setMe(user);
      const next = safeNext(params.get('next'));
      const home = homePathFor(user);
      void navigate(next && (home === '/workbench') === next.startsWith('/workbench') ? next : home, { replace: true });
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
            <Input autoComplete="username" inputMode="email" placeholder={t('auth.loginPlaceholder')} />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.v.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.submitLogin')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.noAccount')} <Link to="/register">{t('auth.toRegister')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
