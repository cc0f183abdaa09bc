// One assigned case as a card, for phones: case number, parties, cause, dates and fee state.
import type { JudgeCaseItem } from '@lian/contract';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../../lib/time';
import { FeeStateTag } from './FeeStateTag';
import { Parties } from './Parties';

export function CaseCard({ item }: { item: JudgeCaseItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={<Link to={`/cases/${item.id}`}>{item.caseNumber}</Link>}
      extra={
        <Button type="primary" onClick={() => void navigate(`/cases/${item.id}`)} aria-label={`${t('judge.open')} ${item.caseNumber}`}>
          {t('judge.open')}
        </Button>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'parties', label: t('judge.columns.parties'), children: <Parties item={item} /> },
          { key: 'cause', label: t('judge.columns.causeOfAction'), children: item.causeOfAction?.name ?? '—' },
          { key: 'registered', label: t('judge.columns.registeredOn'), children: formatDate(item.acceptedAt) },
          { key: 'assigned', label: t('judge.columns.assignedOn'), children: formatDate(item.assignedAt) },
          { key: 'fee', label: t('judge.columns.fee'), children: <FeeStateTag fee={item.fee} /> },
        ]}
      />
    </Card>
  );
}
