// One file being uploaded: progress with percentage and speed, pause / resume / cancel, and the reason
// in the user's language when it failed.
import type { MaterialKind } from '@lian/contract';
import { Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatSpeed } from '../../../../lib/transfer';

export type UploadStatus = 'uploading' | 'checking' | 'paused' | 'retrying' | 'offline' | 'failed';

export interface UploadState {
  key: number;
  kind: MaterialKind;
  name: string;
  size: number;
  sent: number;
  /** Bytes per second over the last seconds. */
  speed: number;
  status: UploadStatus;
  error: string | null;
}

export function UploadRow({
  upload: u,
  onPause,
  onResume,
  onCancel,
}: {
  upload: UploadState;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const percent = u.size > 0 ? Math.floor((u.sent / u.size) * 100) : 0;
  const detail =
    u.status === 'uploading'
      ? t('editor.materials.progress', { percent, speed: formatSpeed(u.speed) })
      : u.status === 'failed'
        ? u.error
        : t(`editor.materials.status.${u.status}`, { percent });
  return (
    <div className="upload-row" data-upload-status={u.status} style={{ marginTop: 12 }}>
      <div style={{ wordBreak: 'break-all' }}>
        {u.status === 'failed' ? t('editor.materials.failed', { name: u.name }) : t('editor.materials.uploading', { name: u.name })}
      </div>
      <Progress
        percent={percent}
        status={u.status === 'failed' ? 'exception' : u.status === 'uploading' || u.status === 'checking' ? 'active' : 'normal'}
        aria-label={t('editor.materials.uploading', { name: u.name })}
      />
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type={u.status === 'failed' ? 'danger' : 'secondary'} className="upload-detail">
          {detail}
        </Typography.Text>
        <Space>
          {(u.status === 'uploading' || u.status === 'retrying') && (
            <Button size="small" onClick={onPause} aria-label={t('editor.materials.pauseFile', { name: u.name })}>
              {t('editor.materials.pause')}
            </Button>
          )}
          {(u.status === 'paused' || u.status === 'offline' || u.status === 'failed') && (
            <Button size="small" type="primary" onClick={onResume} aria-label={t('editor.materials.resumeFile', { name: u.name })}>
              {u.status === 'failed' ? t('editor.materials.retry') : t('editor.materials.resume')}
            </Button>
          )}
          {u.status !== 'checking' && (
            <Button size="small" onClick={onCancel} aria-label={t('editor.materials.cancelFile', { name: u.name })}>
              {t('editor.materials.cancel')}
            </Button>
          )}
        </Space>
      </Space>
    </div>
  );
}
