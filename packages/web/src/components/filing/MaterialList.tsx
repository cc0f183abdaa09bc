// Materials of a filing: name (opens the file in a new tab, by a short-lived link of this session), size,
// short SHA-256, optional delete.
import type { MaterialView } from '@lian/contract';
import { DeleteOutlined, FileOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../lib/time';
import { useMaterialLinks } from './useMaterialLinks';

export function shortHash(sha256: string): string {
  return sha256.slice(0, 16);
}

interface Props {
  filingId: string;
  materials: readonly MaterialView[];
  onDelete?: (material: MaterialView) => void;
  deleting?: string | null;
  showHash?: boolean;
}

export function MaterialList({ filingId, materials, onDelete, deleting, showHash }: Props) {
  const { t } = useTranslation();
  const { linkOf } = useMaterialLinks(
    filingId,
    materials.map((m) => m.id),
  );
  if (materials.length === 0) return <Typography.Text type="secondary">{t('editor.materials.none')}</Typography.Text>;
  return (
    <ul className="material-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {materials.map((m) => (
        <li key={m.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Flex gap={8} align="center" wrap justify="space-between">
            <span style={{ minWidth: 0, wordBreak: 'break-all' }}>
              <FileOutlined aria-hidden />{' '}
              <a href={linkOf(m.id)?.contentUrl} target="_blank" rel="noopener noreferrer">
                {m.fileName}
              </a>{' '}
              <Typography.Text type="secondary">
                {t(`editor.materials.${m.kind}`)} · {formatBytes(m.size)} · {formatDateTime(m.uploadedAt)}
              </Typography.Text>
              {showHash && (
                <div className="secondary" style={{ fontSize: 13 }}>
                  SHA-256 <span className="mono">{shortHash(m.sha256)}…</span>
                </div>
              )}
            </span>
            {onDelete && (
              <Popconfirm
                title={t('editor.materials.removeConfirm')}
                onConfirm={() => onDelete(m)}
                okText={t('editor.materials.remove')}
                cancelText={t('filings.cancel')}
              >
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  loading={deleting === m.id}
                  aria-label={`${t('editor.materials.remove')} ${m.fileName}`}
                >
                  {t('editor.materials.remove')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
