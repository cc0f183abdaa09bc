// "张三 诉 李四": the parties of a case as the review queue names them, plaintiffs first.
import type { JudgeCaseItem } from '@lian/contract';
import { useTranslation } from 'react-i18next';

export function Parties({ item }: { item: Pick<JudgeCaseItem, 'plaintiffNames' | 'defendantNames'> }) {
  const { t } = useTranslation();
  return (
    <span>
      {item.plaintiffNames.join('、') || '—'} <span className="secondary">{t('judge.versus')}</span> {item.defendantNames.join('、') || '—'}
    </span>
  );
}
