// Registration of a natural person, an organisation (by its acting person) or a lawyer, with real name and
// resident ID number and the one-time code sent to the login; checksums (ID number, credit code) are checked
// as the user types.
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
import { accountsApi } from '../../../api/accounts';
import { SignUpCodeField } from './SignUpCodeField';
import { ActingPhoneField, KindSelector, LawyerFields, OrganisationFields, type RegistrationKind } from './KindFields';

interface RegisterForm extends RegisterBody {
  confirm: string;
  phone?: string;
  organisationName?: string;
  creditCode?: string;
  legalRepresentative?: string;
  certificateNumber?: string;
  lawFirm?: string;
}

const fieldNames = new Set([
  'login',
  'code',
  'password',
  'realName',
  'idNumber',
  'phone',
  'organisationName',
  'creditCode',
  'legalRepresentative',
  'certificateNumber',
  'lawFirm',
]);
/** Codes that concern one field but may come without details. */
const fieldOfCode: Record<string, keyof RegisterForm> = {
  ID_NUMBER_INVALID: 'idNumber',
  ID_NUMBER_TAKEN: 'idNumber',
  LOGIN_TAKEN: 'login',
  PASSWORD_TOO_WEAK: 'password',
  CODE_INVALID: 'code',
  CREDIT_CODE_INVALID: 'creditCode',
  PHONE_INVALID: 'phone',
  LAWYER_CERTIFICATE_INVALID: 'certificateNumber',
  LAWYER_CERTIFICATE_TAKEN: 'certificateNumber',
};

function registerAs(kind: RegistrationKind, v: RegisterForm) {
  const person = {
    login: v.login.trim(),
    code: v.code.trim(),
    password: v.password,
    realName: v.realName.trim(),
    idNumber: v.idNumber.trim().toUpperCase(),
  };
  if (kind === 'organisation')
    return accountsApi.registerOrganisation({
      ...person,
      phone: (v.phone ?? '').trim(),
      organisationName: (v.organisationName ?? '').trim(),
      creditCode: (v.creditCode ?? '').trim().toUpperCase(),
      legalRepresentative: (v.legalRepresentative ?? '').trim(),
    });
  if (kind === 'lawyer')
    return accountsApi.registerLawyer({
      ...person,
      certificateNumber: (v.certificateNumber ?? '').replace(/\s+/g, ''),
      lawFirm: (v.lawFirm ?? '').trim(),
    });
  return api.register(person);
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterForm>();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const errors = useApiErrors();
  const [problem, setProblem] = useState<string | null>(null);
  const [kind, setKind] = useState<RegistrationKind>('person');

  const register = useMutation({
    mutationFn: (values: RegisterForm) => registerAs(kind, values),
    onSuccess: ({ user }) => {
      setMe(user);
      void navigate(homePathFor(user), { replace: true });
    },
    onError: (error) => {
      setProblem(errors.message(error));
      const placed = errors.applyToForm(form, error, (name) => fieldNames.has(String(name[0])));
      // Codes that concern one field but come without details.
      if (placed.fields.length === 0) {
        const field = fieldOfCode[error instanceof ApiError ? error.code : ''];
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
        <KindSelector
          value={kind}
          onChange={(k) => {
            setKind(k);
            setProblem(null);
          }}
        />
        {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Form
          form={form}
          name="register"
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={(values) => {
            setProblem(null);
            register.mutate(values);
          }}
        >
          {kind === 'organisation' && <OrganisationFields />}
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
          <SignUpCodeField />
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
            label={kind === 'organisation' ? t('accounts.actingPerson') : t('auth.realName')}
            rules={[{ required: true, whitespace: true, max: 50, message: t('auth.v.realNameRequired') }]}
          >
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={kind === 'organisation' ? t('accounts.actingPersonId') : t('auth.idNumber')}
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
          {kind === 'organisation' && <ActingPhoneField />}
          {kind === 'lawyer' && <LawyerFields />}
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
