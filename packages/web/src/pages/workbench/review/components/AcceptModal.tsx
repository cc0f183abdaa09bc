// 立案: the clerk chooses the procedure and sees the fee the server will fix, before confirming.
import { procedures } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Procedure } from '../../../../api/endpoints';
import { errorMessage } from '../../../../api/errors';
import { FeeBreakdown } from '../../../../components/filing/FeeBreakdown';
import { type DecisionModalProps, useDecision } from './useDecision';

export function AcceptModal({ filing, open, onClose, onDone }: DecisionModalProps) {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const preview = useQuery({
    queryKey: ['accept-preview', filing.id, procedure ?? ''],
    queryFn: () => api.acceptPreview(filing.id, procedure ?? 'ordinary'),
    enabled: open,
  });
  const chosen = procedure ?? preview.data?.suggestedProcedure ?? 'ordinary';
  const { busy, error, send } = useDecision((p: Procedure) => api.acceptFiling(filing.id, p), onDone);
  return (
    <Modal
      open={open}
      title={t('decisions.acceptTitle')}
      okText={t('decisions.confirmAccept')}
      cancelText={t('filings.cancel')}
      onOk={() => send(chosen)}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: !preview.data }}
      width={720}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('decisions.procedureLabel')} htmlFor="accept-procedure">
          <Select
            id="accept-procedure"
            value={chosen}
            onChange={(v: Procedure) => setProcedure(v)}
            options={procedures.map((p) => ({
              value: p,
              label: `${t(`decisions.procedure.${p}`)}${preview.data?.suggestedProcedure === p ? t('decisions.suggested') : ''}`,
            }))}
          />
        </Form.Item>
      </Form>
      <h3>{t('decisions.feeTitle')}</h3>
      {preview.isPending ? <Spin /> : preview.data ? <FeeBreakdown fee={preview.data.fee} dueDate={preview.data.feeDueDate} /> : null}
      {preview.isError && <Alert type="error" showIcon title={errorMessage(t, preview.error)} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
