// First sign-in of court staff: link an authenticator app (QR code or key), confirm it with a
// code, then keep the recovery codes shown once. The pending sign-in travels in an HttpOnly cookie.
import type { EnrolledResponse } from '@lian/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/endpoints';
import { isApiError } from '../../../api/errors';
import { useApiErrors } from '../../../api/useApiErrors';
import { PageLoading } from '../../../components/RouteGuard';
import { useFinishSignIn } from '../../../auth/useFinishSignIn';
import { AuthenticatorSetup } from '../../../components/auth/AuthenticatorSetup';
import { RecoveryCodes } from './components/RecoveryCodes';

export default function EnrolPage() {
  const { t } = useTranslation();
  const errors = useApiErrors();
  const finish = useFinishSignIn();
  const [problem, setProblem] = useState<string | null>(null);
  const [enrolled, setEnrolled] = useState<EnrolledResponse | null>(null);

  const enrolment = useQuery({ queryKey: ['enrolment'], queryFn: api.startEnrolment, retry: false, staleTime: Infinity, gcTime: 0 });
  const confirm = useMutation({
    mutationFn: api.confirmEnrolment,
    onSuccess: setEnrolled,
    onError: (error) => setProblem(errors.message(error)),
  });

  let body;
  if (enrolled)
    body = <RecoveryCodes codes={enrolled.recoveryCodes} login={enrolled.user.login} onContinue={() => finish(enrolled.user)} />;
  else if (enrolment.isPending) body = <PageLoading />;
  else if (enrolment.isError)
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={errors.message(enrolment.error)}
        action={isApiError(enrolment.error, 'CHALLENGE_EXPIRED') ? <Link to="/login">{t('mfa.restart')}</Link> : undefined}
      />
    );
  else
    body = (
      <AuthenticatorSetup
        enrolment={enrolment.data}
        intro={t('mfa.enrolIntro')}
        problem={problem}
        problemAction={
          isApiError(confirm.error, 'CHALLENGE_EXPIRED') || isApiError(confirm.error, 'ACCOUNT_LOCKED') ? (
            <Link to="/login">{t('mfa.restart')}</Link>
          ) : undefined
        }
        busy={confirm.isPending}
        onConfirm={(code) => {
          setProblem(null);
          confirm.mutate(code);
        }}
      />
    );

  return (
    <div className="narrow">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('mfa.enrolTitle')}
        </Typography.Title>
        {body}
      </Card>
    </div>
  );
}
