// The evidence list (证据目录) read-only, as numbered entries that wrap at any width: on the review screen and
// the filing page a seven-column table either overflowed its card or needed sideways scrolling on a phone.
import type { MaterialView } from '@lian/contract';
import { EyeOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function EvidenceItems({ rows, onPreview }: { rows: MaterialView[]; onPreview: (m: MaterialView) => void }) {
  const { t } = useTranslation();
  const missing = <Typography.Text type="danger">{t('evidence.missing')}</Typography.Text>;
  return (
    <ol className="evidence-items" aria-label={t('evidence.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((m, i) => (
        <li key={m.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0', overflowWrap: 'anywhere' }}>
          <Typography.Text strong>
            {m.evidence?.position ?? i + 1}. {m.evidence?.name || missing}
          </Typography.Text>
          <dl style={{ margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: '2px 12px' }}>
            <dt className="secondary">{t('evidence.source')}</dt>
            <dd style={{ margin: 0 }}>{m.evidence?.source || missing}</dd>
            <dt className="secondary">{t('evidence.purpose')}</dt>
            <dd style={{ margin: 0 }}>{m.evidence?.purpose || missing}</dd>
            <dt className="secondary">{t('evidence.original')}</dt>
            <dd style={{ margin: 0 }}>
              {m.evidence?.original ? t(m.evidence.original === 'original' ? 'evidence.originalValue' : 'evidence.copyValue') : '—'} ·{' '}
              {t('evidence.pages')} {m.evidence?.pageCount ?? m.pageCount ?? '—'}
            </dd>
            <dt className="secondary">{t('evidence.file')}</dt>
            <dd style={{ margin: 0 }}>
              {m.fileName}{' '}
              <Button
                size="small"
                icon={<EyeOutlined />}
                onClick={() => onPreview(m)}
                aria-label={t('evidence.previewTitle', { name: m.fileName })}
              >
                {t('evidence.preview')}
              </Button>
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
