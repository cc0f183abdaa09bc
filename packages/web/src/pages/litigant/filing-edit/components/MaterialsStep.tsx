// Upload the complaint, evidence and other documents — resumable, several at once, each with progress,
// speed, pause and resume — and list and delete them. Unfinished uploads survive a reload: choosing the
// same file again continues where it stopped.
import type { FilingView, MaterialKind, MaterialView } from '@lian/contract';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviousUpload } from 'tus-js-client';
import { api } from '../../../../api/endpoints';
import { abandonUpload, resumableUpload, type ResumableUpload, unfinishedUploads } from '../../../../api/resumable';
import { useApiErrors } from '../../../../api/useApiErrors';
import { EvidenceList } from '../../../../components/filing/EvidenceList';
import { MaterialList } from '../../../../components/filing/MaterialList';
import { speedMeter } from '../../../../lib/transfer';
import { UploadRow, type UploadState } from './UploadRow';

// What the server's inspection accepts (docs/api.md); ZIP only where the court allows it, so not offered here.
const accept = '.pdf,.ofd,.doc,.docx,.jpg,.jpeg,.png,.heic,.heif,.mp3,.m4a,.amr,.wav,.mp4,.mov';
// The kinds a natural person filing for themselves provides (registration rules Art. 6(1), (4), (5)).
const kinds: readonly MaterialKind[] = ['complaint', 'identity', 'evidence', 'other'];

interface Props {
  filing: FilingView;
  onChanged: () => void;
  /** Problems from the last submission attempt, by material kind. */
  problems: Partial<Record<MaterialKind | 'all', string[]>>;
}

interface Handlers {
  onPause: (key: number) => void;
  onResume: (key: number) => void;
  onCancel: (key: number) => void;
}

function KindSection({
  kind,
  filing,
  uploads,
  onFiles,
  onDelete,
  onChanged,
  deleting,
  problems,
  handlers,
}: {
  kind: MaterialKind;
  filing: FilingView;
  uploads: UploadState[];
  onFiles: (kind: MaterialKind, files: File[]) => void;
  onDelete: (m: MaterialView) => void;
  onChanged: () => void;
  deleting: string | null;
  problems: string[];
  handlers: Handlers;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const inputId = `upload-${kind}`;
  return (
    <Card id={`field-materials-${kind}`} title={t(`editor.materials.${kind}`)} style={{ marginBottom: 16 }}>
      {problems.map((p) => (
        <Alert key={p} type="error" showIcon title={p} style={{ marginBottom: 12 }} />
      ))}
      {kind === 'evidence' ? (
        <EvidenceList filing={filing} onChanged={onChanged} onDelete={onDelete} />
      ) : (
        <MaterialList
          filingId={filing.id}
          materials={filing.materials.filter((m) => m.kind === kind)}
          onDelete={onDelete}
          deleting={deleting}
        />
      )}
      {uploads.map((u) => (
        <UploadRow
          key={u.key}
          upload={u}
          onPause={() => handlers.onPause(u.key)}
          onResume={() => handlers.onResume(u.key)}
          onCancel={() => handlers.onCancel(u.key)}
        />
      ))}
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        multiple={kind !== 'complaint'}
        style={{ display: 'none' }}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(kind, files);
        }}
      />
      <div style={{ marginTop: 12 }}>
        <Button size="large" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
          {t('editor.materials.choose')}（{t(`editor.materials.${kind}`)}）
        </Button>
      </div>
    </Card>
  );
}

export function MaterialsStep({ filing, onChanged, problems }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const [uploads, setUploads] = useState<UploadState[]>([]);
  const [unfinished, setUnfinished] = useState<PreviousUpload[]>([]);
  const nextKey = useRef(1);
  const controls = useRef(new Map<number, ResumableUpload>());
  /** The status of each upload as of the last update, for event handlers outside React's render. */
  const statuses = useRef(new Map<number, UploadState['status']>());

  const refreshUnfinished = useCallback(() => {
    void unfinishedUploads(filing.id).then(setUnfinished);
  }, [filing.id]);
  useEffect(refreshUnfinished, [refreshUnfinished]);

  const update = (key: number, patch: Partial<UploadState>) => {
    if (patch.status) statuses.current.set(key, patch.status);
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  };
  const drop = (key: number) => {
    controls.current.delete(key);
    statuses.current.delete(key);
    setUploads((list) => list.filter((u) => u.key !== key));
  };

  // Back online: uploads that were waiting for the network carry on from the server's offset.
  useEffect(() => {
    const onOnline = () => {
      for (const [key, status] of statuses.current) {
        if (status !== 'offline') continue;
        update(key, { status: 'retrying' });
        void controls.current.get(key)?.start();
      }
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  const startUpload = (kind: MaterialKind, file: File) => {
    const key = nextKey.current++;
    const meter = speedMeter();
    statuses.current.set(key, 'uploading');
    setUploads((list) => [...list, { key, kind, name: file.name, size: file.size, sent: 0, speed: 0, status: 'uploading', error: null }]);
    const control = resumableUpload(filing.id, kind, file, {
      onProgress: (sent, total) =>
        update(key, { sent, speed: meter.sample(sent, performance.now()), status: sent >= total ? 'checking' : 'uploading' }),
      onRetrying: () => update(key, { status: 'retrying', speed: 0 }),
      onSuccess: () => {
        drop(key);
        void message.success(t('editor.materials.uploaded', { name: file.name }));
        onChanged();
        refreshUnfinished();
      },
      onError: (error) => {
        meter.reset();
        if (error.code === 'NETWORK' && !navigator.onLine) update(key, { status: 'offline', speed: 0 });
        else update(key, { status: 'failed', speed: 0, error: errors.message(error) });
        refreshUnfinished();
      },
    });
    controls.current.set(key, control);
    void control.start().then(refreshUnfinished);
  };

  const handlers: Handlers = {
    onPause: (key) => {
      update(key, { status: 'paused', speed: 0 });
      void controls.current.get(key)?.pause();
    },
    onResume: (key) => {
      update(key, { status: 'uploading', error: null });
      void controls.current.get(key)?.start();
    },
    onCancel: (key) => {
      const control = controls.current.get(key);
      drop(key);
      void control?.cancel().finally(refreshUnfinished);
    },
  };

  const remove = useMutation({
    mutationFn: (m: MaterialView) => api.deleteMaterial(filing.id, m.id),
    onSuccess: () => {
      void message.success(t('editor.materials.removed'));
      onChanged();
    },
    onError: errors.notify,
  });

  // Unfinished uploads from an earlier visit (not the ones running now).
  const running = new Set(uploads.map((u) => `${u.kind}:${u.name}`));
  const earlier = unfinished.filter((u) => !running.has(`${u.metadata.kind}:${u.metadata.fileName}`));

  return (
    <section id="field-materials" aria-labelledby="step-materials-title">
      <Typography.Title level={2} id="step-materials-title" style={{ fontSize: 22 }}>
        {t('editor.steps.materials')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('editor.materials.intro')}</Typography.Paragraph>
      {(problems.all ?? []).map((p) => (
        <Alert key={p} type="error" showIcon title={p} style={{ marginBottom: 12 }} />
      ))}
      {earlier.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('editor.materials.unfinishedTitle')}
          description={
            <>
              <div>{t('editor.materials.unfinishedHint')}</div>
              {earlier.map((u) => (
                <Space key={u.urlStorageKey} style={{ marginTop: 8 }} wrap>
                  <span style={{ wordBreak: 'break-all' }}>
                    {u.metadata.fileName}（{t(`editor.materials.${u.metadata.kind as MaterialKind}`)}）
                  </span>
                  <Button
                    size="small"
                    aria-label={t('editor.materials.abandonFile', { name: u.metadata.fileName })}
                    onClick={() => void abandonUpload(u).finally(refreshUnfinished)}
                  >
                    {t('editor.materials.abandon')}
                  </Button>
                </Space>
              ))}
            </>
          }
        />
      )}
      {kinds.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          filing={filing}
          uploads={uploads.filter((u) => u.kind === kind)}
          onFiles={(k, files) => files.forEach((f) => startUpload(k, f))}
          onDelete={(m) => remove.mutate(m)}
          onChanged={onChanged}
          deleting={remove.isPending ? (remove.variables?.id ?? null) : null}
          problems={problems[kind] ?? []}
          handlers={handlers}
        />
      ))}
    </section>
  );
}
