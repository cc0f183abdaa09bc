import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import '../../../../i18n';
import { DaysLeftTag } from './DaysLeftTag';

test.each([
  [{ urgency: 'overdue', daysLeft: -2 }, '已超期 2 天', 'red'],
  [{ urgency: 'due_today', daysLeft: 0 }, '今日到期', 'red'],
  [{ urgency: 'warning', daysLeft: 2 }, '剩 2 天', 'orange'],
  [{ urgency: 'normal', daysLeft: 6 }, '剩 6 天', 'green'],
] as const)('%j shows "%s" in %s', (item, text, colour) => {
  render(<DaysLeftTag item={item} />);
  const tag = screen.getByText(text);
  expect(tag.closest('.ant-tag')?.className).toContain(`ant-tag-${colour}`);
});
