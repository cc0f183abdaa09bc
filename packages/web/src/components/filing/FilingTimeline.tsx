import type { TimelineEvent } from '@lian/contract';
import { Card, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';

const colours: Record<TimelineEvent['type'], string> = {
  'filing.created': 'gray',
  'material.added': 'blue',
  'material.removed': 'gray',
  'filing.submitted': 'blue',
  'filing.accepted': 'green',
  'document.issued': 'purple',
  'filing.correction_requested': 'orange',
  'filing.corrected': 'blue',
  'filing.returned': 'gray',
  'filing.insisted': 'blue',
  'filing.rejected': 'red',
  'filing.registered_first': 'green',
  'filing.assigned': 'green',
  'fee.paid': 'green',
  'fee.refund_recorded': 'orange',
  'fee.aid_applied': 'blue',
  'fee.aid_granted': 'green',
  'fee.aid_refused': 'red',
  'fee.settled_by_aid': 'green',
  'filing.treated_as_withdrawn': 'red',
};

function eventFacts(event: TimelineEvent): string {
  const facts = ['fileName', 'receiptNumber', 'caseNumber', 'dueDate', 'judge', 'title']
    .map((k) => event.data[k])
    .filter((v): v is string => typeof v === 'string' && v !== '');
  return facts.join(' · ');
}

export function FilingTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card title={t('detail.timeline')}>
      <Timeline
        items={sorted.map((e, i) => ({
          key: `${e.at}-${i}`,
          color: colours[e.type],
          title: <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
          content: (
            <div>
              <strong>{t(`detail.events.${e.type}`)}</strong>
              {eventFacts(e) && <div style={{ wordBreak: 'break-all' }}>{eventFacts(e)}</div>}
              {e.actorName && <div className="secondary">{t('detail.by', { name: e.actorName })}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
