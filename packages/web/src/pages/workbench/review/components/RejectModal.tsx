// 不予受理: a ground from the list with its legal basis, and the reasons of this case in free text.
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { type DecisionModalProps, useDecision } from './useDecision';
import { currentLanguage } from '../../../../i18n';

export function RejectModal({ filing, open, onClose, onDone }: DecisionModalProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [form] = Form.useForm<{ ground: string; reason: string }>();
  const grounds = useQuery({ queryKey: ['rejection-grounds'], queryFn: () => api.rejectionGrounds(), enabled: open, staleTime: Infinity });
  const ground = Form.useWatch('ground', form);
  const basis = grounds.data?.grounds.find((g) => g.code === ground)?.basis;
  const { busy, error, sendForm } = useDecision((v: { ground: string; reason: string }) => api.rejectFiling(filing.id, v), onDone);
  return (
    <Modal
      open={open}
      title={t('decisions.rejectTitle')}
      okText={t('decisions.confirmReject')}
      okButtonProps={{ danger: true }}
      cancelText={t('filings.cancel')}
      onOk={() => void sendForm(form)}
      onCancel={onClose}
      confirmLoading={busy}
      width={720}
      forceRender
    >
      <Form form={form} layout="vertical" name="reject">
        <Form.Item name="ground" label={t('decisions.ground')} rules={[{ required: true, message: t('decisions.groundRequired') }]}>
          <Select
            loading={grounds.isPending}
            options={(grounds.data?.grounds ?? []).map((g) => ({ value: g.code, label: g.label[lang] }))}
            optionFilterProp="label"
            showSearch
          />
        </Form.Item>
        {basis && (
          <p>
            <span className="secondary">{t('decisions.basis')}：</span>
            {basis}
          </p>
        )}
        <Form.Item
          name="reason"
          label={t('decisions.reasonText')}
          rules={[{ required: true, whitespace: true, message: t('decisions.reasonRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
