// The acceptance fee bracket by bracket (诉讼费用交纳办法 Art. 13), with reductions and the calculator's own
// explanation in the user's language, and the last day to pay.
import type { FeeView } from '@lian/contract';
import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { displayYuan } from '../../lib/domain';

export function FeeBreakdown({ fee, dueDate }: { fee: FeeView; dueDate: string | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = [
    ...fee.lines.map((l, i) => ({
      key: `l${i}`,
      label: l.label[lang],
      base: l.baseFen ? displayYuan(l.baseFen) : '—',
      rate: l.rate ?? '—',
      amount: l.amountFen,
    })),
    ...fee.reductions.map((r, i) => ({ key: `r${i}`, label: r.label[lang], base: '—', rate: '—', amount: -r.amountFen })),
  ];
  return (
    <div data-testid="fee-breakdown">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 't', label: t('decisions.feeTotal'), children: <strong className="fee-total">{displayYuan(fee.totalFen)}</strong> },
          ...(dueDate
            ? [
                {
                  key: 'd',
                  label: t('decisions.feeDue'),
                  children: (
                    <span>
                      {dueDate} <span className="secondary">{t('decisions.feeDueNote')}</span>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: t('decisions.feeLine'), dataIndex: 'label' },
          { title: t('decisions.feeBase'), dataIndex: 'base', align: 'right' },
          { title: t('decisions.feeRate'), dataIndex: 'rate', align: 'right' },
          {
            title: t('decisions.feeAmount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: number) => (v < 0 ? `−${displayYuan(-v)}` : displayYuan(v)),
          },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 8 }}>
        <span className="secondary">{t('decisions.feeExplanation')}：</span>
        {fee.explanation[lang]}
      </Typography.Paragraph>
    </div>
  );
}
