import type { FilingState } from '@lian/contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colours: Record<FilingState, string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  under_review: 'processing',
  correction_requested: 'warning',
  corrected: 'processing',
  returned: 'default',
  insisted: 'processing',
  fees_settled: 'success',
  rejected: 'error',
  withdrawn: 'default',
  treated_as_withdrawn: 'default',
};

export function StateTag({ state }: { state: FilingState }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[state]} style={{ fontSize: 14, padding: '2px 8px' }}>
      {t(`states.${state}`)}
    </Tag>
  );
}
