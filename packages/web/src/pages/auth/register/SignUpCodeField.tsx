// The sign-up code: "获取验证码" sends a 6-digit code to the number or address in the login field, and
// the person types it here. The button waits a minute before it may send again; the server limits how
// many codes one number or address gets (three in 15 minutes).
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';

const RESEND_SECONDS = 60;

export function SignUpCodeField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<{ login: string; code: string }>();
  const errors = useApiErrors();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = useMutation({
    mutationFn: api.requestSignUpCode,
    onSuccess: (_r, login) => {
      setSentTo(login);
      setWait(RESEND_SECONDS);
      form.setFields([{ name: 'code', errors: [] }]);
    },
    onError: (error) => {
      // A refusal about the login belongs to that field; anything else (too many requests) to the code.
      const placed = errors.applyToForm(form, error, (name) => name[0] === 'login');
      if (placed.fields.length === 0) form.setFields([{ name: 'code', errors: [errors.message(error)] }]);
    },
  });

  const ask = async () => {
    try {
      const { login } = await form.validateFields(['login']);
      send.mutate(login.trim());
    } catch {
      // The login field shows what is wrong with it.
    }
  };

  return (
    <Form.Item
      label={t('signUp.code')}
      htmlFor="register_code"
      required
      extra={sentTo ? t('signUp.sent', { to: sentTo }) : t('signUp.help')}
    >
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('signUp.codeRequired') }]}>
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} className="otp-input" />
        </Form.Item>
        <Button onClick={() => void ask()} disabled={wait > 0} loading={send.isPending} style={{ minWidth: 128 }}>
          {wait > 0 ? t('signUp.resendIn', { seconds: wait }) : sentTo ? t('signUp.resend') : t('signUp.send')}
        </Button>
      </Space.Compact>
    </Form.Item>
  );
}
