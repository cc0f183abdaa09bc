// "使用通行密钥登录": sign in with a passkey instead of a password. The button starts a discoverable
// ceremony (the browser lists the passkeys it holds for this site); where the browser supports it, the
// login field also offers the passkeys in its autofill list (conditional UI). User verification is
// required, so this is a complete sign-in for court staff too.
import { KeyOutlined } from '@ant-design/icons';
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { Alert, Button, Divider, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securityApi } from '../../api/account-security';
import { useApiErrors } from '../../api/useApiErrors';
import { useFinishSignIn } from '../../auth/useFinishSignIn';
import { isCeremonyCancelled } from './webauthn';

export function PasskeySignIn() {
  const { t } = useTranslation();
  const finish = useFinishSignIn();
  const errors = useApiErrors();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const supported = browserSupportsWebAuthn();

  const run = async (autofill: boolean) => {
    const { options } = await securityApi.passkeySignInOptions();
    const response = await startAuthentication({ optionsJSON: options, useBrowserAutofill: autofill });
    const { user } = await securityApi.passkeySignIn(response);
    finish(user);
  };

  const signIn = async () => {
    setProblem(null);
    setBusy(true);
    try {
      await run(false);
    } catch (e) {
      setProblem(isCeremonyCancelled(e) ? t('passkeys.cancelled') : errors.message(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let live = true;
    void (async () => {
      if (!supported || !(await browserSupportsWebAuthnAutofill()) || !live) return;
      // Conditional UI waits quietly for a passkey picked from the login field's autofill list.
      await run(true).catch((e: unknown) => {
        if (live && !isCeremonyCancelled(e)) setProblem(errors.message(e));
      });
    })();
    return () => {
      live = false;
      WebAuthnAbortService.cancelCeremony();
    };
    // Once per visit of the page.
  }, []);

  if (!supported) return null;
  return (
    <section aria-label={t('passkeys.signIn')}>
      <Divider plain>{t('passkeys.or')}</Divider>
      {problem && <Alert type="warning" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Button block size="large" icon={<KeyOutlined />} loading={busy} onClick={() => void signIn()}>
        {t('passkeys.signIn')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 13 }}>
        {t('passkeys.signInHint')}
      </Typography.Paragraph>
    </section>
  );
}
