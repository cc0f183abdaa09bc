import { Button, Result, Spin } from 'antd';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { decideAccess, homePathFor, type Access } from '../auth/access';
import { useMe } from '../auth/session';
import { errorMessage } from '../api/errors';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span>{t('app.loading')}</span>
    </div>
  );
}

export function RouteGuard({ access, title, children }: { access: Access; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  useEffect(() => {
    document.title = `${t(title)} · ${t('app.name')}`;
  }, [t, title]);

  if (me.isPending) return <PageLoading />;
  if (me.isError)
    return (
      <Result
        status="warning"
        title={errorMessage(t, me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('app.retry')}</Button>}
      />
    );

  const decision = decideAccess(access, me.data);
  switch (decision.kind) {
    case 'login':
      return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    case 'redirect':
      return <Navigate to={decision.to} replace />;
    case 'forbidden':
      return (
        <Result
          status="403"
          title={t('app.forbidden')}
          extra={
            <Link to={me.data ? homePathFor(me.data) : '/login'}>
              <Button type="primary" size="large">
                {t('app.goHome')}
              </Button>
            </Link>
          }
        />
      );
    case 'allow':
      return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
  }
}

export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  return <Navigate to={me.data ? homePathFor(me.data) : '/login'} replace />;
}
