// The title row of a filing's page: heading, state tag, and the page's actions on the right.
import type { FilingState } from '@lian/contract';
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { StateTag } from './StateTag';

export function FilingPageTitle({ title, state, children }: { title: string; state: FilingState; children?: ReactNode }) {
  return (
    <div className="page-title-row">
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {title}
        </Typography.Title>
        <StateTag state={state} />
      </Flex>
      {children}
    </div>
  );
}
