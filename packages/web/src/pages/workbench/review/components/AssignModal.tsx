// 指派: a registered case goes to a judge of the same court.
import type { FilingView } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';
import { errorMessage } from '../../../../api/errors';

export function AssignModal({
  filing,
  open,
  onClose,
  onDone,
}: {
  filing: FilingView;
  open: boolean;
  onClose: () => void;
  onDone: (f: FilingView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ judgeId: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const judges = useQuery({ queryKey: ['judges'], queryFn: () => api.judges(), enabled: open });
  async function send() {
    let values: { judgeId: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone((await api.assignJudge(filing.id, values.judgeId)).filing);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open={open}
      title={t('decisions.assignTitle')}
      okText={t('decisions.confirmAssign')}
      cancelText={t('filings.cancel')}
      onOk={() => void send()}
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
