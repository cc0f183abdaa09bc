import type { ReviewQueueItem } from '@lian/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { urgencyColour } from '../../../../lib/urgency';

export function DaysLeftTag({ item }: { item: Pick<ReviewQueueItem, 'urgency' | 'daysLeft'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={urgencyColour(item.urgency)} style={{ fontSize: 14 }}>
      {t(`workbench.daysLeft.${item.urgency}`, { n: Math.abs(item.daysLeft) })}
    </Tag>
  );
}
