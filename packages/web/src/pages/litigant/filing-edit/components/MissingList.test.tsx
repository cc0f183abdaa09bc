import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import '../../../../i18n';
import { MissingList, anchorCandidates } from './MissingList';

const details = [
  { path: 'plaintiff.phone', code: 'required', message: 'phone missing' },
  { path: 'defendants.0.address', code: 'required', message: 'address missing' },
  { path: 'materials.complaint', code: 'required', message: 'complaint missing' },
];

test('lists every missing item at once, each linking to its place', () => {
  const onGo = vi.fn();
  render(<MissingList items={details} localize={(d) => d.message} onGo={onGo} />);
  expect(screen.getByRole('alert').textContent).toContain('共 3 项');
  const links = screen.getAllByRole('link');
  expect(links.map((a) => a.textContent)).toEqual(['原告（本人）：phone missing', '被告：address missing', '材料：complaint missing']);
  fireEvent.click(links[1]!);
  expect(onGo).toHaveBeenCalledWith(details[1]);
});

test('nothing is shown when nothing is missing', () => {
  const { container } = render(<MissingList items={[]} localize={(d) => d.message} onGo={() => {}} />);
  expect(container.textContent).toBe('');
});

test('anchors try the antd field id first, then ever wider sections', () => {
  expect(anchorCandidates('defendants.0.address')).toEqual([
    'filing_defendants_0_address',
    'field-defendants-0-address',
    'field-defendants-0',
    'field-defendants',
  ]);
  expect(anchorCandidates('claims.1.amountFen')[0]).toBe('filing_claims_1_amountYuan');
});
