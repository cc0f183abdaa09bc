// Beside the filing on the review screen: what the completeness rules find missing (pre-filled into the
// correction notice), where the case belongs (管辖提示, CPL Arts. 22, 24, 29, 35) and
// possible duplicates (same plaintiff, defendant and cause in the last months), each a hint with its basis.
import type { ReviewAids } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../../api/endpoints';
import { ApiError } from '../../../../api/client';
import { errorMessage } from '../../../../api/errors';

const color = { within: 'green', outside: 'red', unknown: 'default' } as const;

function Jurisdiction({ j }: { j: ReviewAids['jurisdiction'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('reviewAids.area')}：{j.area ?? t('reviewAids.areaUnknown')}
      </Typography.Text>
      <Alert
        type={j.overall === 'within' ? 'success' : j.overall === 'outside' ? 'warning' : 'info'}
        showIcon
        title={t(`reviewAids.overall.${j.overall}`)}
      />
      <List
        size="small"
        dataSource={j.hints}
        renderItem={(h) => (
          <List.Item>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Tag color={color[h.result]}>{t(`reviewAids.result.${h.result}`)}</Tag>
                <span>
                  {t(`reviewAids.ground.${h.ground}`)}
                  {h.subject ? `（${h.subject}）` : ''}
                </span>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {h.reason ? `${t(`reviewAids.reason.${h.reason}`)} · ` : ''}
                {h.basis}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function Duplicates({ d }: { d: ReviewAids['duplicates'] }) {
  const { t } = useTranslation();
  if (d.items.length === 0) return <Typography.Text type="secondary">{t('reviewAids.noDuplicates', { months: d.months })}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      <Alert type="warning" showIcon title={t('reviewAids.duplicatesFound', { count: d.items.length, months: d.months })} />
      <List
        size="small"
        dataSource={d.items}
        renderItem={(i) => (
          <List.Item>
            <Flex vertical gap={2} style={{ minWidth: 0, wordBreak: 'break-all' }}>
              {i.id ? (
                <Link to={`/workbench/filings/${i.id}`}>{i.caseNumber ?? i.receiptNumber}</Link>
              ) : (
                <span>{t('reviewAids.otherCourtFiling')}</span>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[
                  i.court,
                  i.submittedOn,
                  i.causeOfAction,
                  i.state ? t(`states.${i.state}`) : null,
                  i.plaintiffs && i.defendants ? `${i.plaintiffs.join('、')} ${t('reviewAids.versus')} ${i.defendants.join('、')}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function Completeness({ items }: { items: ReviewAids['completeness'] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Alert type="success" showIcon title={t('reviewAids.complete')} />;
  return (
    <Flex vertical gap={8}>
      <Alert type="warning" showIcon title={t('reviewAids.incomplete', { count: items.length })} />
      <ol style={{ margin: 0, paddingInlineStart: 20, overflowWrap: 'anywhere' }}>
        {items.map((i) => (
          <li key={i.path} style={{ padding: '2px 0' }}>
            {i.text}
          </li>
        ))}
      </ol>
    </Flex>
  );
}

export function ReviewAidsPanel({ filingId }: { filingId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['review-aids', filingId], queryFn: () => api.reviewAids(filingId) });
  // Judges and administrators may open the page too; the aids are the filing court's clerks' only (404 for others).
  if (query.error instanceof ApiError && query.error.status === 404) return null;
  if (query.isError) return <Alert type="error" showIcon title={errorMessage(t, query.error)} />;
  return (
    <>
      <Card title={t('reviewAids.completenessTitle')} loading={query.isPending}>
        {query.data && <Completeness items={query.data.completeness} />}
      </Card>
      <Card title={t('reviewAids.jurisdictionTitle')} loading={query.isPending}>
        {query.data && <Jurisdiction j={query.data.jurisdiction} />}
      </Card>
      <Card title={t('reviewAids.duplicatesTitle')} loading={query.isPending}>
        {query.data && <Duplicates d={query.data.duplicates} />}
      </Card>
    </>
  );
}
