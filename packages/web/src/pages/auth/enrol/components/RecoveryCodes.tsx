// The 10 recovery codes, shown once right after enrolment: copy, download, and a confirmation
// that they were saved before the user may go on.
import { Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryCodes({ codes, login, onContinue }: { codes: string[]; login: string; onContinue: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const text = `${t('app.name')} · ${t('mfa.recoveryTitle')}\n${login}\n\n${codes.join('\n')}\n`;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'lian-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-labelledby="recovery-title">
      <Typography.Title level={2} id="recovery-title" style={{ fontSize: 22 }}>
        {t('mfa.recoveryTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('mfa.recoveryIntro')}</Typography.Paragraph>
      <ol className="recovery-codes" aria-label={t('mfa.recoveryTitle')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {copied ? t('mfa.copied') : t('mfa.copy')}
        </Button>
        <Button onClick={download}>{t('mfa.download')}</Button>
      </Space>
      <div style={{ marginBottom: 16 }}>
        <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
          {t('mfa.saved')}
        </Checkbox>
      </div>
      <Button type="primary" block size="large" disabled={!saved} onClick={onContinue}>
        {t('mfa.continue')}
      </Button>
    </section>
  );
}
