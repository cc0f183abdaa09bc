// Shown when a submission is refused because the account (or the lawyer) is not verified yet: the draft
// is kept, and the account page is where to verify again or follow the court's verification.
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AccountNotVerified({ code }: { code: 'IDENTITY_UNVERIFIED' | 'LAWYER_NOT_VERIFIED' | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ margin: '16px 0' }}
      title={t(`errors.${code}`)}
      action={
        <Link to="/account">
          <Button>{t('account.title')}</Button>
        </Link>
      }
    />
  );
}
