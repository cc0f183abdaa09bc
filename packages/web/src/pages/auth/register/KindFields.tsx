// The registration fields that depend on the kind of account: an organisation's name, credit code, legal
// representative and the acting person's phone; a lawyer's certificate number and law firm.
import { Form, Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { creditCodeProblem, mobileProblem } from '../../../lib/domain';

export const registrationKinds = ['person', 'organisation', 'lawyer'] as const;
export type RegistrationKind = (typeof registrationKinds)[number];

export function KindSelector({ value, onChange }: { value: RegistrationKind; onChange: (k: RegistrationKind) => void }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text id="register-kind-label" strong>
        {t('accounts.kind')}
      </Typography.Text>
      <Segmented
        block
        size="large"
        aria-labelledby="register-kind-label"
        style={{ marginTop: 8 }}
        value={value}
        onChange={(v) => onChange(v as RegistrationKind)}
        options={registrationKinds.map((k) => ({ value: k, label: t(`accounts.kinds.${k}`) }))}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t(`accounts.kindHelp.${value}`)}
      </Typography.Paragraph>
    </div>
  );
}

const check = (problem: (v: string) => string | null) => ({
  validator: async (_rule: unknown, value: string | undefined) => {
    if (!value?.trim()) return;
    const reason = problem(value.trim());
    if (reason) throw new Error(reason);
  },
});

export function OrganisationFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="organisationName"
        label={t('accounts.organisationName')}
        rules={[{ required: true, whitespace: true, max: 200, message: t('accounts.v.organisationName') }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('accounts.creditCode')}
        extra={t('accounts.creditCodeHelp')}
        validateTrigger="onBlur"
        rules={[
          { required: true, whitespace: true, message: t('accounts.v.creditCode') },
          check((v) => creditCodeProblem(v, currentLanguage())),
        ]}
      >
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={t('accounts.legalRepresentative')}
        rules={[{ required: true, whitespace: true, max: 50, message: t('accounts.v.legalRepresentative') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </>
  );
}

export function ActingPhoneField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="phone"
      label={t('accounts.phone')}
      validateTrigger="onBlur"
      rules={[{ required: true, whitespace: true, message: t('accounts.v.phone') }, check((v) => mobileProblem(v, currentLanguage()))]}
    >
      <Input autoComplete="tel" inputMode="tel" maxLength={20} />
    </Form.Item>
  );
}

export function LawyerFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="certificateNumber"
        label={t('accounts.certificateNumber')}
        extra={t('accounts.certificateHelp')}
        validateTrigger="onBlur"
        rules={[
          { required: true, whitespace: true, message: t('accounts.v.certificate') },
          check((v) => (/^\d{17}$/.test(v.replace(/\s+/g, '')) ? null : t('accounts.v.certificate'))),
        ]}
      >
        <Input autoComplete="off" inputMode="numeric" maxLength={21} spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="lawFirm"
        label={t('accounts.lawFirm')}
        rules={[{ required: true, whitespace: true, max: 200, message: t('accounts.v.lawFirm') }]}
      >
        <Input autoComplete="organization" />
      </Form.Item>
    </>
  );
}
