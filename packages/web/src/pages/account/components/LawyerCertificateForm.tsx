// 执业证补录/更正 on the account page: a lawyer whose account has no practising certificate on file (made
// before certificates were asked at registration) or whose certificate was refused puts it on file
// here, and it goes to the court administrators' verification queue. A pending or verified lawyer can
// change theirs too, warned that a verified lawyer's change starts verification again.
import type { IdentityStatus } from '@lian/contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../../api/accounts';
import { ApiError } from '../../../api/client';
import { errorMessage } from '../../../api/errors';

type Lawyer = IdentityStatus['lawyer'];
interface CertificateForm {
  certificateNumber: string;
  lawFirm: string;
}

const certificateCodes = new Set(['LAWYER_CERTIFICATE_INVALID', 'LAWYER_CERTIFICATE_TAKEN']);

export function LawyerCertificateForm({ lawyer, onSaved }: { lawyer: Lawyer; onSaved: (r: { identity: IdentityStatus }) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificateForm>();
  // Shown at once when something is missing or refused; otherwise behind a "change" button.
  const needed = lawyer === null || lawyer.status === 'refused';
  const [open, setOpen] = useState(needed);
  const submit = useMutation({
    mutationFn: (v: CertificateForm) =>
      accountsApi.submitLawyerCertificate({ certificateNumber: v.certificateNumber.replace(/\s+/g, ''), lawFirm: v.lawFirm.trim() }),
    onSuccess: (r) => {
      onSaved(r);
      setOpen(false);
      form.resetFields();
      void message.success(t('lawyerCertificate.submitted'));
    },
    onError: (e) => {
      if (e instanceof ApiError && certificateCodes.has(e.code))
        form.setFields([{ name: 'certificateNumber', errors: [errorMessage(t, e)] }]);
      else void message.error(errorMessage(t, e));
    },
  });

  if (!open)
    return (
      <Button onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('lawyerCertificate.change')}
      </Button>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={lawyer?.status === 'verified' ? 'warning' : 'info'}
        showIcon
        title={t(lawyer === null ? 'lawyerCertificate.missing' : `lawyerCertificate.intro.${lawyer.status}`)}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ certificateNumber: '', lawFirm: lawyer?.lawFirm ?? '' }}
        onFinish={(v) => submit.mutate(v)}
        style={{ maxWidth: 480 }}
      >
        <Form.Item
          name="certificateNumber"
          label={t('accounts.certificateNumber')}
          extra={t('accounts.certificateHelp')}
          rules={[{ required: true, pattern: /^\s*(\d\s*){17}$/, message: t('accounts.v.certificate') }]}
        >
          <Input inputMode="numeric" autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="lawFirm"
          label={t('accounts.lawFirm')}
          rules={[{ required: true, whitespace: true, message: t('accounts.v.lawFirm') }]}
        >
          <Input maxLength={200} autoComplete="organization" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('lawyerCertificate.submit')}
          </Button>
          {!needed && <Button onClick={() => setOpen(false)}>{t('lawyerCertificate.cancel')}</Button>}
        </Space>
      </Form>
    </Space>
  );
}
