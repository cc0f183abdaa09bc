// Small pieces of the audit screen: the outcome tag and the actor's name with masked sign-in name.
import type { AuditRecord } from '@lian/contract';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// Solid tags with white text: antd's light preset tags fall short of WCAG AA contrast.
const colours = { success: '#237804', denied: '#ad4e00', failure: '#a8071a' } as const;

export function OutcomeTag({ outcome }: { outcome: AuditRecord['outcome'] }) {
  const { t } = useTranslation();
  return <Tag color={colours[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>;
}

export function ActorName({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  const a = record.actor;
  if (!a) return <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>;
  if (!a.realName) return <Typography.Text type="secondary">{t('audit.deletedAccount')}</Typography.Text>;
  return (
    <span>
      {a.realName}{' '}
      <Typography.Text type="secondary" className="mono">
        {a.loginMasked}
      </Typography.Text>
    </span>
  );
}
