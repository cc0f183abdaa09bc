// One audit record in full: who, what, on what, from where, the details and its place in the chain. Free
// text is kept in the details only as its SHA-256: a note says so where such a field appears.
import type { AuditRecord } from '@lian/contract';
import { Descriptions, Drawer, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/time';
import { ActorName, OutcomeTag } from './parts';

/** Details that stand for free text (a ruling's reason, correction items, a refusal reason). */
const TEXT_DIGESTS = ['reasonSha256', 'itemsSha256'];

export function AuditRecordDrawer({ record, onClose }: { record: AuditRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const r = record;
  return (
    <Drawer open={r !== null} onClose={onClose} title={t('audit.details')} width={screens.md ? 560 : '100%'} destroyOnHidden>
      {r && (
        <Descriptions column={1} size="small" bordered layout={screens.sm ? 'horizontal' : 'vertical'}>
          <Descriptions.Item label={t('audit.recordId')}>
            <span className="mono">{r.id}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.at')}>{formatDateTime(r.at)}</Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.action')}>
            <span className="mono">{r.action}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.outcome')}>
            <OutcomeTag outcome={r.outcome} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.columns.actor')}>
            <ActorName record={r} />
          </Descriptions.Item>
          {r.caseNumber && <Descriptions.Item label={t('audit.caseNumber')}>{r.caseNumber}</Descriptions.Item>}
          <Descriptions.Item label={t('audit.resourceType')}>{r.resourceType ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('audit.resourceId')}>
            <Typography.Text className="mono" copyable={r.resourceId ? { text: r.resourceId } : false}>
              {r.resourceId ?? '—'}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.ip')}>{r.ip ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('audit.requestId')}>
            <span className="mono">{r.requestId ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.detail')}>
            <pre className="mono" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>
              {JSON.stringify(r.detail, null, 2)}
            </pre>
            {TEXT_DIGESTS.some((k) => k in r.detail) && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
                {t('auditDigest.note')}
              </Typography.Paragraph>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.hash')}>
            <span className="mono" style={{ wordBreak: 'break-all' }}>
              {r.hash}
            </span>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
