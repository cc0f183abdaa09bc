// Shows a material in the page: an image through its EXIF-free preview (HEIC photos too: the server
// decodes them), a PDF in a frame of the browser's own viewer, audio and video with the native players
// (the content route answers Range requests, so they can seek). Anything else gets a download link. Every
// URL is a short-lived link of this session (useSteadyLink), renewed if an element reports it expired.
import type { MaterialView } from '@lian/contract';
import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSteadyLink } from './useMaterialLinks';

interface Props {
  filingId: string;
  material: Pick<MaterialView, 'id' | 'fileName' | 'mediaType' | 'hasPreview'>;
}

export function MaterialPreview({ filingId, material: m }: Props) {
  const { t } = useTranslation();
  const { src, onError, failed } = useSteadyLink(filingId, m.id, m.hasPreview ? 'preview' : 'content');
  const label = t('evidence.previewTitle', { name: m.fileName });
  const retry = () => void onError();
  if (failed && !src) return <Typography.Text type="danger">{t('materialLinks.failed')}</Typography.Text>;
  if (!src) return <Spin aria-label={label} />;
  if (m.hasPreview) {
    return (
      <img src={src} alt={label} onError={retry} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
    );
  }
  if (m.mediaType === 'application/pdf') {
    return <iframe src={src} title={label} style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />;
  }
  if (m.mediaType.startsWith('audio/')) {
    return <audio controls preload="metadata" src={src} onError={retry} aria-label={label} style={{ width: '100%' }} />;
  }
  if (m.mediaType.startsWith('video/')) {
    return <video controls preload="metadata" src={src} onError={retry} aria-label={label} style={{ width: '100%', maxHeight: '70vh' }} />;
  }
  return (
    <Typography.Paragraph>
      {t('evidence.noPreview')}{' '}
      <a href={src} target="_blank" rel="noopener noreferrer">
        {t('evidence.download')}
      </a>
    </Typography.Paragraph>
  );
}
