// Shows a material in the page: an image through its EXIF-free preview, a PDF in a frame of the browser's
// own viewer, audio and video with the native players (the content route answers Range requests, so they
// can seek). Anything else gets a download link.
import type { MaterialView } from '@lian/contract';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';

interface Props {
  filingId: string;
  material: Pick<MaterialView, 'id' | 'fileName' | 'mediaType' | 'hasPreview'>;
}

export function MaterialPreview({ filingId, material: m }: Props) {
  const { t } = useTranslation();
  const content = api.materialUrl(filingId, m.id);
  const label = t('evidence.previewTitle', { name: m.fileName });
  if (m.hasPreview) {
    return (
      <img
        src={api.previewUrl(filingId, m.id)}
        alt={label}
        style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }}
      />
    );
  }
  if (m.mediaType === 'application/pdf') {
    return <iframe src={content} title={label} style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />;
  }
  if (m.mediaType.startsWith('audio/')) {
    return <audio controls preload="metadata" src={content} aria-label={label} style={{ width: '100%' }} />;
  }
  if (m.mediaType.startsWith('video/')) {
    return <video controls preload="metadata" src={content} aria-label={label} style={{ width: '100%', maxHeight: '70vh' }} />;
  }
  return (
    <Typography.Paragraph>
      {t('evidence.noPreview')}{' '}
      <a href={content} target="_blank" rel="noopener noreferrer">
        {t('evidence.download')}
      </a>
    </Typography.Paragraph>
  );
}
