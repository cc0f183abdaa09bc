// Upload the complaint, evidence and other documents with a progress bar per file; list and delete them.
import type { FilingView, MaterialKind, MaterialView } from '@lian/contract';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { ApiError } from '../../../../api/client';
import { useApiErrors } from '../../../../api/useApiErrors';
import { EvidenceList } from '../../../../components/filing/EvidenceList';
import { MaterialList } from '../../../../components/filing/MaterialList';

/** The server's limit for now (413 MATERIAL_TOO_LARGE above it); checked here to spare a long useless upload. */
export const maxMaterialBytes = 50 * 1024 * 1024;
// What the server's inspection accepts (docs/api.md); ZIP only where the court allows it, so not offered here.
const accept = '.pdf,.ofd,.doc,.docx,.jpg,.jpeg,.png,.heic,.heif,.mp3,.m4a,.amr,.wav,.mp4,.mov';
// The kinds a natural person filing for themselves provides (registration rules Art. 6(1), (4), (5)).
const kinds: readonly MaterialKind[] = ['complaint', 'identity', 'evidence', 'other'];

interface Upload {
  key: number;
  kind: MaterialKind;
  name: string;
  percent: number;
  error: string | null;
}

interface Props {
  filing: FilingView;
  onChanged: () => void;
  /** Problems from the last submission attempt, by material kind. */
  problems: Partial<Record<MaterialKind | 'all', string[]>>;
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
}: {
  kind: MaterialKind;
  filing: FilingView;
  uploads: Upload[];
  onFiles: (kind: MaterialKind, files: File[]) => void;
  onDelete: (m: MaterialView) => void;
  onChanged: () => void;
  deleting: string | null;
  problems: string[];
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
        <div key={u.key} style={{ marginTop: 12 }}>
          <div style={{ wordBreak: 'break-all' }}>
            {u.error ? t('editor.materials.failed', { name: u.name }) : t('editor.materials.uploading', { name: u.name })}
          </div>
          <Progress
            percent={u.percent}
            status={u.error ? 'exception' : 'active'}
            aria-label={t('editor.materials.uploading', { name: u.name })}
          />
          {u.error && <Typography.Text type="danger">{u.error}</Typography.Text>}
        </div>
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
      <Button size="large" icon={<UploadOutlined />} style={{ marginTop: 12 }} onClick={() => input.current?.click()}>
        {t('editor.materials.choose')}（{t(`editor.materials.${kind}`)}）
      </Button>
    </Card>
  );
}

export function MaterialsStep({ filing, onChanged, problems }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);

  const update = (key: number, patch: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const startUpload = (kind: MaterialKind, file: File) => {
    const key = nextKey.current++;
    setUploads((list) => [...list, { key, kind, name: file.name, percent: 0, error: null }]);
    if (file.size > maxMaterialBytes) {
      update(key, { error: errors.message(new ApiError(413, 'MATERIAL_TOO_LARGE', '')) });
      return;
    }
    const handle = api.uploadMaterial(filing.id, kind, file, (percent) => update(key, { percent }));
    handle.promise.then(
      () => {
        setUploads((list) => list.filter((u) => u.key !== key));
        void message.success(t('editor.materials.uploaded', { name: file.name }));
        onChanged();
      },
      (error: unknown) => update(key, { error: errors.message(error) }),
    );
  };

  const remove = useMutation({
    mutationFn: (m: MaterialView) => api.deleteMaterial(filing.id, m.id),
    onSuccess: () => {
      void message.success(t('editor.materials.removed'));
      onChanged();
    },
    onError: errors.notify,
  });

  return (
    <section id="field-materials" aria-labelledby="step-materials-title">
      <Typography.Title level={2} id="step-materials-title" style={{ fontSize: 22 }}>
        {t('editor.steps.materials')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('editor.materials.intro')}</Typography.Paragraph>
      {(problems.all ?? []).map((p) => (
        <Alert key={p} type="error" showIcon title={p} style={{ marginBottom: 12 }} />
      ))}
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
        />
      ))}
    </section>
  );
}
