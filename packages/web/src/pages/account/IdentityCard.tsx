// 实名认证 on the account page: whether the account's identity is verified (and how), a "verify again"
// action when it is not, and for a lawyer the court's verification of the practising certificate.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts';
import { errorMessage } from '../../api/errors';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/time';
import { LawyerCertificateForm } from './components/LawyerCertificateForm';

export const identityKey = ['me', 'identity'] as const;

export function IdentityCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const identity = useQuery({ queryKey: identityKey, queryFn: accountsApi.identity });
  const verify = useMutation({
    mutationFn: accountsApi.verifyIdentity,
    onSuccess: (r) => {
      client.setQueryData(identityKey, r);
      if (r.identity.verified) void message.success(t('accounts.verifiedNow'));
      else void message.warning(t('accounts.notVerifiedNow'));
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('accounts.identityTitle')}
        </Typography.Title>
      }
    >
      <QueryState query={identity}>
        {({ identity: id }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Tag>{t(`accounts.kinds.${id.kind}`)}</Tag>
              <Tag color={id.verified ? 'green' : 'orange'}>{id.verified ? t('accounts.verified') : t('accounts.unverified')}</Tag>
            </Space>
            {id.lastCheck && (
              <Typography.Text type="secondary">
                {t('accounts.lastCheck', {
                  at: formatDateTime(id.lastCheck.at),
                  method: t(id.lastCheck.method.startsWith('http:') ? 'accounts.methods.remote' : 'accounts.methods.local'),
                })}{' '}
                · {t(`accounts.results.${id.lastCheck.result}`)}
              </Typography.Text>
            )}
            {!id.verified && (
              <Alert
                type="warning"
                showIcon
                title={t('accounts.unverifiedHelp')}
                action={
                  <Button type="primary" onClick={() => verify.mutate()} loading={verify.isPending}>
                    {t('accounts.verifyNow')}
                  </Button>
                }
              />
            )}
            {id.organisation && (
              <Descriptions size="small" column={1} title={t('accounts.organisationTitle')}>
                <Descriptions.Item label={t('accounts.organisationName')}>{id.organisation.name}</Descriptions.Item>
                <Descriptions.Item label={t('accounts.creditCode')}>{id.organisation.creditCode}</Descriptions.Item>
                <Descriptions.Item label={t('accounts.legalRepresentative')}>{id.organisation.legalRepresentative}</Descriptions.Item>
              </Descriptions>
            )}
            {id.lawyer && (
              <Descriptions size="small" column={1} title={t('accounts.lawyerTitle')}>
                <Descriptions.Item label={t('accounts.certificateNumber')}>{id.lawyer.certificateMasked}</Descriptions.Item>
                <Descriptions.Item label={t('accounts.lawFirm')}>{id.lawyer.lawFirm}</Descriptions.Item>
                <Descriptions.Item label={t('admin.status')}>
                  <Tag color={id.lawyer.status === 'verified' ? 'green' : id.lawyer.status === 'refused' ? 'red' : 'orange'}>
                    {t(`accounts.lawyerStatus.${id.lawyer.status}`)}
                  </Tag>
                  {id.lawyer.refusalReason && <div>{t('accounts.refusalReason', { reason: id.lawyer.refusalReason })}</div>}
                </Descriptions.Item>
              </Descriptions>
            )}
            {(id.kind === 'lawyer' || id.lawyer) && (
              <LawyerCertificateForm
                key={`${id.lawyer?.status ?? 'missing'}-${id.lawyer?.certificateMasked ?? ''}`}
                lawyer={id.lawyer}
                onSaved={(r) => client.setQueryData(identityKey, r)}
              />
            )}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
