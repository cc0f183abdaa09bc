// "Next filing": the most urgent other filing in the clerk's queue, so a clerk working through the queue
// goes from one decision to the next without going back to the list.
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../../api/endpoints';

export function NextInQueue({ currentId }: { currentId: string }) {
  const { t } = useTranslation();
  // Same key family as the queue page, so a decision (which invalidates 'review-queue') refreshes it too.
  const queue = useQuery({ queryKey: ['review-queue', 'next'], queryFn: () => api.reviewQueue() });
  const next = queue.data?.items.find((i) => i.id !== currentId);
  if (!next) return null;
  return (
    <Link
      to={`/workbench/filings/${next.id}`}
      title={next.receiptNumber}
      aria-label={t('reviewAids.nextInQueue', { receipt: next.receiptNumber })}
    >
      <Button size="large" type="dashed" tabIndex={-1}>
        {t('reviewAids.next')}
      </Button>
    </Link>
  );
}
