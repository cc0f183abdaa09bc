// Renders a piece of UI inside the app's providers, with the signed-in user given up front.
import type { Me } from '@lian/contract';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Providers } from '../App';
import { meKey } from '../auth/session';
import '../i18n';

export function makeUser(roles: Me['roles']): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    login: '13800138000',
    realName: '王小明',
    idNumberMasked: '110105********123X',
    roles,
    courts: [],
  };
}

export function renderApp(ui: ReactElement, { path = '/', me = null as Me | null } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meKey, me);
  return render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </Providers>,
  );
}
