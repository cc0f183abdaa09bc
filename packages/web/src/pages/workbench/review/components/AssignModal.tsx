// 指派: a registered case goes to a judge of the same court.
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { type DecisionModalProps, useDecision } from './useDecision';

export function AssignModal({ filing, open, onClose, onDone }: DecisionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ judgeId: string }>();
  const judges = useQuery({ queryKey: ['judges'], queryFn: () => api.judges(), enabled: open });
  const { busy, error, sendForm } = useDecision((v: { judgeId: string }) => api.assignJudge(filing.id, v.judgeId), onDone);
  return (
    <Modal
      open={open}
      title={t('decisions.assignTitle')}
      okText={t('decisions.confirmAssign')}
      cancelText={t('filings.cancel')}
      onOk={() => void sendForm(form)}
      onCancel={onClose}
      confirmLoading={busy}
      forceRender
    >
      <Form form={form} layout="vertical" name="assign" initialValues={{ judgeId: filing.assignedJudge?.id }}>
        <Form.Item name="judgeId" label={t('decisions.judge')} rules={[{ required: true, message: t('decisions.judgeRequired') }]}>
          <Select
            loading={judges.isPending}
            options={(judges.data?.judges ?? []).filter((j) => j.courtId === filing.court.id).map((j) => ({ value: j.id, label: j.name }))}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
