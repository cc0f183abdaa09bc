// 收到诉状凭证: the dated receipt the court owes every filer (登记立案规定 Art. 2), printable.
import type { FilingView } from '@lian/contract';
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { shortHash } from './MaterialList';

export function Receipt({ filing }: { filing: FilingView }) {
  const { t } = useTranslation();
  if (!filing.receiptNumber) return null;
  return (
    <Card
      className="receipt"
      title={t('detail.receiptTitle')}
      extra={
        <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('detail.print')}
        </Button>
      }
    >
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'no', label: t('detail.receiptNumber'), children: <strong className="mono">{filing.receiptNumber}</strong> },
          { key: 'court', label: t('detail.court'), children: filing.court.name },
          { key: 'at', label: t('detail.submittedAt'), children: `${formatDateTime(filing.submittedAt)} ${t('detail.zoneNote')}` },
          ...(filing.decisionDueDate ? [{ key: 'due', label: t('detail.decisionDue'), children: filing.decisionDueDate }] : []),
          {
            key: 'materials',
            label: t('detail.materials'),
            children: (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {filing.materials.map((m) => (
                  <li key={m.id} style={{ wordBreak: 'break-all' }}>
                    {m.fileName}（{t(`editor.materials.${m.kind}`)}） <span className="mono">SHA-256 {shortHash(m.sha256)}…</span>
                  </li>
                ))}
              </ol>
            ),
          },
        ]}
      />
    </Card>
  );
}
