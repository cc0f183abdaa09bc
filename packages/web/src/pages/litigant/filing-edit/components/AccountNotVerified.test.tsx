import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '../../../../test/render';
import { AccountNotVerified } from './AccountNotVerified';

test('a refused submission says what to do and links to the account page', () => {
  const { rerender, container } = renderApp(<AccountNotVerified code="LAWYER_NOT_VERIFIED" />);
  expect(screen.getByRole('alert').textContent).toContain('您的律师执业证尚未经法院管理员核验');
  expect(screen.getByRole('link').getAttribute('href')).toBe('/account');
  rerender(<AccountNotVerified code={null} />);
  expect(container.querySelector('[role="alert"]')).toBeNull();
});
