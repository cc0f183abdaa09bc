// Registration with real name and resident ID number; the ID checksum is checked as the user types.
import type { RegisterBody } from '@lian/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';
import { homePathFor } from '../../../auth/access';
import { useSetMe } from '../../../auth/session';
import { looksLikeEmail } from '../../../auth/validation';
import { mobileProblem, passwordProblems, residentIdProblem } from '../../../lib/domain';

interface RegisterForm extends RegisterBody {
  confirm: string;
}

const fieldNames = new Set(['login', 'password', 'realName', 'idNumber']);

export default function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterForm>();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const errors = useApiErrors();
  const [problem, setProblem] = useState<string | null>(null);

  const register = useMutation({
    mutationFn: api.register,
    onSuccess: ({ user }) => {
      setMe(user);
      void navigate(homePathFor(user), { replace: true });
    },
    onError: (error) => {
      setProblem(errors.message(error));
      const placed = errors.applyToForm(form, error, (name) => fieldNames.has(String(name[0])));
      // Codes that concern one field but come without details.
      if (placed.fields.length === 0) {
        const code = error instanceof ApiError ? error.code : '';
        const field =
          code === 'ID_NUMBER_INVALID' || code === 'ID_NUMBER_TAKEN'
            ? 'idNumber'
            : code === 'LOGIN_TAKEN'
              ? 'login'
              : code === 'PASSWORD_TOO_WEAK'
                ? 'password'
                : null;
        if (field) form.setFields([{ name: field, errors: [errors.message(error)] }]);
      }
    },
  });

  return (
    <div className="narrow">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('auth.registerTitle')}
        </Typography.Title>
        <Typography.Paragraph className="secondary">{t('auth.registerIntro')}</Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          name="register"
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={({ confirm: _confirm, ...values }) => {
            setProblem(null);
            register.mutate({
              login: values.login.trim(),
              password: values.password,
              realName: values.realName.trim(),
              idNumber: values.idNumber.trim().toUpperCase(),
            });
          }}
        >
          <Form.Item
            name="login"
            label={t('auth.login')}
            validateTrigger="onBlur"
            rules={[
              { required: true, whitespace: true, message: t('auth.v.loginRequired') },
              {
                validator: async (_rule, value: string | undefined) => {
                  if (!value?.trim()) return;
                  const v = value.trim();
                  if (v.includes('@')) {
                    if (!looksLikeEmail(v)) throw new Error(t('auth.v.loginInvalid'));
                    return;
                  }
                  const reason = mobileProblem(v, currentLanguage());
                  if (reason) throw new Error(reason);
                },
              },
            ]}
          >
            <Input autoComplete="username" placeholder={t('auth.loginPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            extra={t('auth.passwordPolicy')}
            dependencies={['login', 'realName']}
            rules={[
              { required: true, message: t('auth.v.passwordRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (!value) return;
                  const problems = passwordProblems(
                    value,
                    { login: String(getFieldValue('login') ?? ''), realName: String(getFieldValue('realName') ?? '') },
                    currentLanguage(),
                  );
                  if (problems.length) throw new Error(problems.join('；'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('auth.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('auth.v.passwordRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('password')) throw new Error(t('auth.v.passwordMismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="realName"
            label={t('auth.realName')}
            rules={[{ required: true, whitespace: true, max: 50, message: t('auth.v.realNameRequired') }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('auth.idNumber')}
            extra={t('auth.idNumberHelp')}
            rules={[
              { required: true, whitespace: true, message: t('auth.v.idNumberRequired') },
              {
                validator: async (_rule, value: string | undefined) => {
                  if (!value?.trim()) return;
                  const reason = residentIdProblem(value, currentLanguage());
                  if (reason) throw new Error(reason);
                },
              },
            ]}
          >
            <Input autoComplete="off" maxLength={18} spellCheck={false} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={register.isPending}>
            {t('auth.submitRegister')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.haveAccount')} <Link to="/login">{t('auth.toLogin')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
