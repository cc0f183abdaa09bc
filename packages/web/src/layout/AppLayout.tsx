// Page frame: header with the product name, the user and role, sign-out and the language switch.
import type { Me } from '@lian/contract';
import { App, Button, Layout, Space, Tag, Typography } from 'antd';
import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errors';
import { homePathFor, isAdministrator } from '../auth/access';
import { useMe, useSetMe } from '../auth/session';
import { currentLanguage, setLanguage } from '../i18n';

function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const next = lang === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      icon={<GlobalOutlined />}
      onClick={() => setLanguage(next)}
      aria-label={`${t('app.language')}: ${next === 'en' ? 'English' : '中文'}`}
      lang={next === 'en' ? 'en' : 'zh-CN'}
    >
      {next === 'en' ? 'English' : '中文'}
    </Button>
  );
}

function UserBlock({ user }: { user: Me }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useMutation({
    mutationFn: api.logout,
    onSuccess: () => {
      setMe(null);
      void navigate('/login', { replace: true });
    },
    onError: (error) => void message.error(errorMessage(t, error)),
  });
  return (
    <Space wrap size="small" className="header-user">
      <Link to="/account" aria-label={`${t('app.signedInAs')} ${user.realName}: ${t('account.title')}`}>
        <UserOutlined aria-hidden /> {user.realName}
      </Link>
      {user.roles.includes('judge') && <Link to="/cases">{t('judge.nav')}</Link>}
      {isAdministrator(user) && (
        <>
          <Link to="/admin">{t('admin.nav.staff')}</Link>
          <Link to="/admin/lawyers">{t('admin.nav.lawyers')}</Link>
        </>
      )}
      {user.roles.map((role) => (
        <Tag key={role} color="blue">
          {t(`roles.${role}`)}
        </Tag>
      ))}
      <Button icon={<LogoutOutlined />} onClick={() => logout.mutate()} loading={logout.isPending}>
        {t('app.signOut')}
      </Button>
    </Space>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data ?? null;
  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Link to={user ? homePathFor(user) : '/login'} className="brand">
          <Typography.Text strong className="brand-name">
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Space wrap size="small" className="header-actions">
          {user && <UserBlock user={user} />}
          <LanguageSwitch />
        </Space>
      </Layout.Header>
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
