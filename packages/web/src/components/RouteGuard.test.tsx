import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { Route, Routes } from 'react-router';
import { makeUser, renderApp } from '../test/render';
import { RouteGuard } from './RouteGuard';

function app() {
  return (
    <Routes>
      <Route path="/login" element={<p>login page</p>} />
      <Route path="/filings" element={<p>filings page</p>} />
      <Route
        path="/workbench"
        element={
          <RouteGuard access={['filing_clerk']} title="workbench.title">
            <p>workbench page</p>
          </RouteGuard>
        }
      />
    </Routes>
  );
}

test('a clerk sees the workbench', async () => {
  renderApp(app(), { path: '/workbench', me: makeUser(['filing_clerk']) });
  expect(await screen.findByText('workbench page')).toBeTruthy();
});

test('a litigant is refused the workbench with a way home', async () => {
  renderApp(app(), { path: '/workbench', me: makeUser(['litigant']) });
  expect(await screen.findByText('您没有访问此页面的权限')).toBeTruthy();
  expect(screen.queryByText('workbench page')).toBeNull();
  expect(screen.getByRole('button', { name: /回到首页/ })).toBeTruthy();
});

test('a visitor is sent to sign in', async () => {
  renderApp(app(), { path: '/workbench', me: null });
  expect(await screen.findByText('login page')).toBeTruthy();
});
