// Documents the court issued on a filing (receipt, notices, rulings): title, number, date, verification
// code, and a link that downloads the PDF (a short-lived link of this session, renewed like materials').
import type { DocumentView } from '@lian/contract';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { formatBytes, formatDateTime } from '../../lib/time';
import { shortHash } from './MaterialList';
import { useDocumentLinks } from './useMaterialLinks';

/** How many documents the filing's timeline reports as issued. */
export const issuedDocuments = (filing: { timeline: ReadonlyArray<{ type: string }> }) =>
  filing.timeline.filter((e) => e.type === 'document.issued').length;

/** `issued`: how many documents the filing's timeline reports; a new one there reloads the list. */
export function DocumentList({ filingId, issued = 0 }: { filingId: string; issued?: number }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['filing-documents', filingId, issued], queryFn: () => api.documents(filingId) });
  const documents: DocumentView[] = query.data?.documents ?? [];
  const { linkOf } = useDocumentLinks(
    filingId,
    documents.map((d) => d.id),
  );
  return (
    <Card title={t('documents.title')} className="no-print" loading={query.isPending}>
      {query.isError ? (
        <Typography.Text type="danger">{t('documents.loadFailed')}</Typography.Text>
      ) : documents.length === 0 ? (
        <Typography.Text type="secondary">{t('documents.none')}</Typography.Text>
      ) : (
        <ul className="document-list" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {documents.map((d) => (
            <li key={d.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0', wordBreak: 'break-all' }}>
              <FilePdfOutlined aria-hidden />{' '}
              <a href={linkOf(d.id)?.contentUrl} download={d.fileName}>
                {t(`documents.kinds.${d.kind}`)}
              </a>{' '}
              <Typography.Text type="secondary">
                {d.number} · {formatDateTime(d.issuedAt)} · {formatBytes(d.size)}
              </Typography.Text>
              <div className="secondary" style={{ fontSize: 13 }}>
                {t('documents.code')} <span className="mono">{d.verificationCode}</span> · SHA-256{' '}
                <span className="mono">{shortHash(d.sha256)}…</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
