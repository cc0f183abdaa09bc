// Providers (React Query, antd theme and locale, i18n) and the router built from the route table.
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { onUnauthenticated } from './api/client';
import { meKey } from './auth/session';
import { HomeRedirect, RouteGuard } from './components/RouteGuard';
import { AppLayout } from './layout/AppLayout';
import { routeTable } from './routes';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: { retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error), refetchOnWindowFocus: false },
    },
  });
}

/** True while the user's system asks for reduced motion (vestibular disorders, older devices). */
function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduce, setReduce] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setReduce(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return reduce;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('app.notFound')} />;
}

export function Providers({ children, client }: { children: React.ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const reduceMotion = usePrefersReducedMotion();

  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang]);

  // A request that finds the session gone signs the user out everywhere; the guard then sends them to sign in.
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (queryClient.getQueryData(meKey)) queryClient.setQueryData(meKey, null);
      }),
    [queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={lang === 'en' ? enUS : zhCN}
        theme={{
          // Larger type and controls for litigants on phones; secondary text dark enough for WCAG AA contrast.
          token: {
            fontSize: 16,
            controlHeight: 40,
            borderRadius: 6,
            colorPrimary: '#a8071a',
            colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
            colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
            colorTextDescription: 'rgba(0, 0, 0, 0.62)',
            colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
            colorLink: '#0958d9',
            // antd's lighter hover and active link colours fail AA contrast on white: darker instead.
            colorLinkHover: '#003eb3',
            colorLinkActive: '#002c8c',
            colorError: '#cf1322',
            // No fades or slides when the system asks for reduced motion.
            motion: !reduceMotion,
          },
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}

export default function App() {
  return (
    <Providers>
      <BrowserRouter>
        <AppLayout>
          <Routes>
            <Route path="/" element={<HomeRedirect />} />
            {routeTable.map(({ path, access, title, page: Page }) => (
              <Route
                key={path}
                path={path}
                element={
                  <RouteGuard access={access} title={title}>
                    <Page />
                  </RouteGuard>
                }
              />
            ))}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </AppLayout>
      </BrowserRouter>
    </Providers>
  );
}
