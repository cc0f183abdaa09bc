import type { FilingView } from '@lian/contract';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilingContent } from '../../../../components/filing/FilingContent';

export function ConfirmStep({ filing }: { filing: FilingView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="step-confirm-title">
      <Typography.Title level={2} id="step-confirm-title" style={{ fontSize: 22 }}>
        {t('editor.steps.confirm')}
      </Typography.Title>
      <Typography.Paragraph>{t('editor.confirm.intro')}</Typography.Paragraph>
      <FilingContent filing={filing} />
    </section>
  );
}
