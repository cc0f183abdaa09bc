// The fee state of an assigned case as a tag, with the deadline and days left while the fee is open.
import type { JudgeCaseItem } from '@lian/contract';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const colour: Record<JudgeCaseItem['fee']['state'], string> = {
  due: 'orange',
  aid_pending: 'blue',
  paid: 'green',
  waived: 'green',
  lapsed: 'red',
};

export function FeeStateTag({ fee }: { fee: JudgeCaseItem['fee'] }) {
  const { t } = useTranslation();
  const days = fee.daysLeft;
  const left =
    days === null
      ? null
      : days > 0
        ? t('judge.dueDays', { count: days })
        : days === 0
          ? t('judge.dueToday')
          : t('judge.overdue', { count: -days });
  return (
    <Flex vertical gap={2} align="start">
      <Tag color={colour[fee.state]} style={{ fontSize: 14, marginInlineEnd: 0 }}>
        {t(`judge.feeState.${fee.state}`)}
      </Tag>
      {fee.dueDate && (
        <Typography.Text type={days !== null && days <= 0 ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
          {t('judge.dueBy', { date: fee.dueDate })}
          {left && ` · ${left}`}
        </Typography.Text>
      )}
    </Flex>
  );
}
