// Public verification of a court document by the code printed on it (and encoded in its QR code):
// what the court issued under that code, and whether a PDF the visitor holds is that very file — its
// SHA-256 is computed in the browser, so the file never leaves the visitor's device.
import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import type { DocumentVerification } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { QueryState } from '../../../components/QueryState';
import { formatBytes, formatDateTime } from '../../../lib/time';
import { sameHash, sha256Hex } from '../../../lib/sha256';

type Check = { state: 'idle' } | { state: 'hashing'; name: string } | { state: 'done'; name: string; sha256: string; match: boolean };

function FileCheck({ document }: { document: DocumentVerification }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setCheck({ state: 'hashing', name: file.name });
    const sha256 = await sha256Hex(file);
    setCheck({ state: 'done', name: file.name, sha256, match: sameHash(document.sha256, sha256) });
  };
  return (
    <Card title={t('verify.checkTitle')}>
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('verify.checkIntro')}</Typography.Paragraph>
        <label htmlFor={inputId}>
          <strong>{t('verify.choose')}</strong>
        </label>
        <input id={inputId} type="file" accept="application/pdf,.pdf" onChange={(e) => void onFile(e.target.files?.[0])} />
        {check.state === 'hashing' && <Typography.Text type="secondary">{t('verify.hashing', { name: check.name })}</Typography.Text>}
        {check.state === 'done' && (
          <Alert
            role="status"
            type={check.match ? 'success' : 'error'}
            showIcon
            icon={check.match ? <CheckCircleFilled /> : <CloseCircleFilled />}
            title={check.match ? t('verify.match') : t('verify.noMatch')}
            description={
              <div style={{ wordBreak: 'break-all' }}>
                {check.match ? t('verify.matchDetail', { name: check.name }) : t('verify.noMatchDetail', { name: check.name })}
                <div className="mono" style={{ fontSize: 13 }}>
                  SHA-256 {check.sha256}
                </div>
              </div>
            }
          />
        )}
      </Flex>
    </Card>
  );
}

/** The printed title, with the kind when the title alone does not say it (民事裁定书 → 不予受理裁定书). */
const documentName = (d: DocumentVerification, kind: string) => (d.title === kind ? d.title : `${d.title}（${kind}）`);

export default function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const query = useQuery({ queryKey: ['verify', code], queryFn: () => api.verifyDocument(code), retry: false });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 760, margin: '0 auto' }}>
      <Typography.Title level={2}>
        <SafetyCertificateOutlined aria-hidden /> {t('verify.title')}
      </Typography.Title>
      <QueryState query={query}>
        {({ document }) => (
          <>
            <Alert type="success" showIcon title={t('verify.found')} description={t('verify.foundDetail')} />
            <Card>
              <Descriptions
                column={1}
                bordered
                size="small"
                items={[
                  { key: 'court', label: t('verify.court'), children: document.court.name },
                  { key: 'title', label: t('verify.document'), children: documentName(document, t(`documents.kinds.${document.kind}`)) },
                  { key: 'number', label: t('verify.number'), children: <span className="mono">{document.number}</span> },
                  { key: 'issued', label: t('verify.issuedAt'), children: formatDateTime(document.issuedAt) },
                  { key: 'code', label: t('documents.code'), children: <span className="mono">{document.verificationCode}</span> },
                  { key: 'size', label: t('verify.size'), children: formatBytes(document.size) },
                  {
                    key: 'sha',
                    label: 'SHA-256',
                    children: (
                      <span className="mono" style={{ wordBreak: 'break-all' }}>
                        {document.sha256}
                      </span>
                    ),
                  },
                ]}
              />
            </Card>
            <FileCheck document={document} />
          </>
        )}
      </QueryState>
    </Flex>
  );
}
