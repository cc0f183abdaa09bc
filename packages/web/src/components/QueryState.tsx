// Loading and error display for a page's main query, the same on every page.
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { useApiErrors } from '../api/useApiErrors';
import { PageLoading } from './RouteGuard';

export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  const errors = useApiErrors();
  if (query.isPending) return <PageLoading />;
  if (query.isError)
    return (
      <Result
        status={isApiError(query.error, 'NOT_FOUND') ? '404' : 'warning'}
        title={errors.message(query.error)}
        extra={<Button onClick={() => void query.refetch()}>{t('app.retry')}</Button>}
      />
    );
  return <>{children(query.data)}</>;
}
