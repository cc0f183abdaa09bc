// The evidence list (证据目录) of a filing: one row per evidence file with its order, name, source, what it
// proves, original or copy, page count and a preview. Editable while drafting: move a row up or down with
// buttons (keyboard-accessible, no drag needed), fill in the fields, replace the file, remove it.
import type { FilingView, MaterialView } from '@lian/contract';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, EyeOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Popconfirm, Radio, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { resumableUpload } from '../../api/resumable';
import { useApiErrors } from '../../api/useApiErrors';
import { EvidenceItems } from './EvidenceItems';
import { MaterialPreview } from './MaterialPreview';

interface Props {
  filing: FilingView;
  /** Editing while drafting; without it the list is read-only (filing view, review). */
  onChanged?: () => void;
  onDelete?: (m: MaterialView) => void;
}

interface FieldValues {
  name: string;
  source: string;
  purpose: string;
  original: 'original' | 'copy' | null;
  pageCount: number | null;
}

export function evidenceOf(filing: FilingView): MaterialView[] {
  return filing.materials.filter((m) => m.kind === 'evidence').sort((a, b) => (a.evidence?.position ?? 0) - (b.evidence?.position ?? 0));
}

export function EvidenceList({ filing, onChanged, onDelete }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const editable = onChanged !== undefined;
  const rows = evidenceOf(filing);
  const [editing, setEditing] = useState<MaterialView | null>(null);
  const [previewing, setPreviewing] = useState<MaterialView | null>(null);
  const [form] = Form.useForm<FieldValues>();
  const replaceInput = useRef<HTMLInputElement>(null);
  const [replacing, setReplacing] = useState<MaterialView | null>(null);

  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.reorderEvidence(filing.id, ids),
    onSuccess: () => onChanged?.(),
    onError: errors.notify,
  });
  const save = useMutation({
    mutationFn: ({ id, values }: { id: string; values: FieldValues }) =>
      api.saveEvidence(filing.id, id, {
        name: values.name ?? '',
        source: values.source ?? '',
        purpose: values.purpose ?? '',
        original: values.original ?? null,
        pageCount: values.pageCount ?? null,
      }),
    onSuccess: () => {
      setEditing(null);
      void message.success(t('evidence.saved'));
      onChanged?.();
    },
    onError: errors.notify,
  });

  const move = (index: number, by: -1 | 1) => {
    const ids = rows.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate(ids);
  };
  const openEditor = (m: MaterialView) => {
    setEditing(m);
    form.setFieldsValue({
      name: m.evidence?.name ?? '',
      source: m.evidence?.source ?? '',
      purpose: m.evidence?.purpose ?? '',
      original: m.evidence?.original ?? null,
      pageCount: m.evidence?.pageCount ?? m.pageCount ?? null,
    });
  };
  const replaceWith = (old: MaterialView, file: File) => {
    // Through the same resumable upload as any other file; the server swaps the material when it is stored.
    void resumableUpload(
      filing.id,
      old.kind,
      file,
      {
        onProgress: () => undefined,
        onRetrying: () => undefined,
        onSuccess: () => {
          void message.success(t('evidence.replaced', { name: file.name }));
          onChanged?.();
        },
        onError: (e) => void message.error(`${t('editor.materials.failed', { name: file.name })}：${errors.message(e)}`),
      },
      { replaces: old.id },
    ).start();
  };
  const missing = <Typography.Text type="danger">{t('evidence.missing')}</Typography.Text>;

  if (rows.length === 0) return <Typography.Text type="secondary">{t('evidence.none')}</Typography.Text>;
  return (
    <>
      {editable && <Typography.Paragraph className="secondary">{t('evidence.intro')}</Typography.Paragraph>}
      {editable ? (
        <Table<MaterialView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          aria-label={t('evidence.title')}
          columns={[
            {
              key: 'order',
              title: t('evidence.order'),
              render: (_v, m, i) => (
                <Flex gap={4} align="center">
                  <span>{m.evidence?.position ?? i + 1}</span>
                  {editable && (
                    <>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        disabled={i === 0 || reorder.isPending}
                        aria-label={t('evidence.up', { name: m.fileName })}
                        onClick={() => move(i, -1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        disabled={i === rows.length - 1 || reorder.isPending}
                        aria-label={t('evidence.down', { name: m.fileName })}
                        onClick={() => move(i, 1)}
                      />
                    </>
                  )}
                </Flex>
              ),
            },
            { key: 'name', width: 140, title: t('evidence.name'), render: (_v, m) => m.evidence?.name || missing },
            { key: 'source', width: 120, title: t('evidence.source'), render: (_v, m) => m.evidence?.source || missing },
            { key: 'purpose', width: 220, title: t('evidence.purpose'), render: (_v, m) => m.evidence?.purpose || missing },
            {
              key: 'original',
              title: t('evidence.original'),
              render: (_v, m) =>
                m.evidence?.original ? t(m.evidence.original === 'original' ? 'evidence.originalValue' : 'evidence.copyValue') : '—',
            },
            { key: 'pages', title: t('evidence.pages'), render: (_v, m) => m.evidence?.pageCount ?? m.pageCount ?? '—' },
            {
              key: 'file',
              width: 180,
              title: t('evidence.file'),
              render: (_v, m) => (
                <Flex gap={4} wrap align="center">
                  <span style={{ wordBreak: 'break-all' }}>{m.fileName}</span>
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    onClick={() => setPreviewing(m)}
                    aria-label={t('evidence.previewTitle', { name: m.fileName })}
                  >
                    {t('evidence.preview')}
                  </Button>
                </Flex>
              ),
            },
            ...(editable
              ? [
                  {
                    key: 'actions',
                    title: t('evidence.actions'),
                    render: (_v: unknown, m: MaterialView) => (
                      <Flex gap={4} wrap>
                        <Button
                          size="small"
                          type="primary"
                          icon={<EditOutlined />}
                          onClick={() => openEditor(m)}
                          aria-label={`${t('evidence.edit')} ${m.fileName}`}
                        >
                          {t('evidence.edit')}
                        </Button>
                        <Button
                          size="small"
                          icon={<SwapOutlined />}
                          aria-label={t('evidence.replaceLabel', { name: m.fileName })}
                          onClick={() => {
                            setReplacing(m);
                            replaceInput.current?.click();
                          }}
                        >
                          {t('evidence.replace')}
                        </Button>
                        {onDelete && (
                          <Popconfirm
                            title={t('editor.materials.removeConfirm')}
                            onConfirm={() => onDelete(m)}
                            okText={t('editor.materials.remove')}
                            cancelText={t('filings.cancel')}
                          >
                            <Button
                              size="small"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={`${t('editor.materials.remove')} ${m.fileName}`}
                            >
                              {t('editor.materials.remove')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <EvidenceItems rows={rows} onPreview={setPreviewing} />
      )}
      <input
        ref={replaceInput}
        type="file"
        aria-hidden
        tabIndex={-1}
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file && replacing) replaceWith(replacing, file);
        }}
      />
      <Modal
        open={editing !== null}
        title={editing ? t('evidence.editTitle', { n: editing.evidence?.position ?? '', file: editing.fileName }) : ''}
        okText={t('evidence.save')}
        cancelText={t('filings.cancel')}
        confirmLoading={save.isPending}
        onCancel={() => setEditing(null)}
        onOk={() => void form.validateFields().then((values) => editing && save.mutate({ id: editing.id, values }))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item name="name" label={t('evidence.name')} rules={[{ required: true, whitespace: true, message: t('evidence.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="source"
            label={t('evidence.source')}
            rules={[{ required: true, whitespace: true, message: t('evidence.required') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={t('evidence.purpose')}
            rules={[{ required: true, whitespace: true, message: t('evidence.required') }]}
          >
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="original" label={t('evidence.original')}>
            <Radio.Group
              options={[
                { value: 'original', label: t('evidence.originalValue') },
                { value: 'copy', label: t('evidence.copyValue') },
              ]}
            />
          </Form.Item>
          <Form.Item name="pageCount" label={t('evidence.pages')}>
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={previewing !== null}
        title={previewing ? t('evidence.previewTitle', { name: previewing.fileName }) : ''}
        footer={null}
        width={900}
        onCancel={() => setPreviewing(null)}
        destroyOnHidden
      >
        {previewing && <MaterialPreview filingId={filing.id} material={previewing} />}
      </Modal>
    </>
  );
}
