// 补正: one notice with every item (一次性告知), pre-filled from the completeness check and editable, and the
// deadline the court sets (between tomorrow and 30 days, checked again by the server).
import { correctionSections, type CorrectionItem } from '@lian/contract';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { type DecisionModalProps, useDecision } from './useDecision';

interface Values {
  items: CorrectionItem[];
  dueDate: Dayjs;
}

export function CorrectionModal({ filing, open, onClose, onDone }: DecisionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const preview = useQuery({ queryKey: ['correction-preview', filing.id], queryFn: () => api.correctionPreview(filing.id), enabled: open });
  useEffect(() => {
    if (!open || !preview.data) return;
    form.setFieldsValue({
      items: preview.data.items.length ? preview.data.items : [{ section: 'materials', text: '' }],
      dueDate: dayjs(preview.data.suggestedDueDate),
    });
  }, [open, preview.data, form]);

  const { busy, error, sendForm } = useDecision(
    (v: Values) => api.requestCorrection(filing.id, { items: v.items, dueDate: v.dueDate.format('YYYY-MM-DD') }),
    onDone,
  );

  const min = preview.data?.minDueDate;
  const max = preview.data?.maxDueDate;
  return (
    <Modal
      open={open}
      title={t('decisions.correctionTitle')}
      okText={t('decisions.sendCorrection')}
      cancelText={t('filings.cancel')}
      onOk={() => void sendForm(form)}
      onCancel={onClose}
      confirmLoading={busy}
      width={760}
      forceRender
    >
      <p className="secondary">{t('decisions.correctionIntro')}</p>
      {preview.isPending && open ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" name="correction">
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item name={[field.name, 'section']} label={`${t('decisions.itemSection')} ${i + 1}`} style={{ minWidth: 150 }}>
                      <Select options={correctionSections.map((s) => ({ value: s, label: t(`decisions.sections.${s}`) }))} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'text']}
                      label={`${t('decisions.itemText')} ${i + 1}`}
                      style={{ flex: 1 }}
                      rules={[{ required: true, whitespace: true, message: t('decisions.itemRequired') }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                    </Form.Item>
                    <Button
                      aria-label={`${t('decisions.removeItem')} ${i + 1}`}
                      icon={<DeleteOutlined />}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ section: 'materials', text: '' })} style={{ marginBottom: 16 }}>
                  {t('decisions.addItem')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="dueDate" label={t('decisions.dueDate')} rules={[{ required: true, message: t('decisions.dueDateRequired') }]}>
            <DatePicker
              format="YYYY-MM-DD"
              disabledDate={(d) => !!min && !!max && (d.format('YYYY-MM-DD') < min || d.format('YYYY-MM-DD') > max)}
            />
          </Form.Item>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
