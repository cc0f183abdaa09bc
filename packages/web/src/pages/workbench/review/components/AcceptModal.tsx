// 立案: the clerk chooses the procedure and the fee category (suggested from the cause of action, 诉讼费用交纳办法
// Art. 13) and sees the fee the server will fix, before confirming.
import { type CivilFeeCategory, civilFeeCategories, procedures } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Procedure } from '../../../../api/endpoints';
import { errorMessage } from '../../../../api/errors';
import { FeeBreakdown } from '../../../../components/filing/FeeBreakdown';
import { type DecisionModalProps, useDecision } from './useDecision';

export function AcceptModal({ filing, open, onClose, onDone }: DecisionModalProps) {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [category, setCategory] = useState<CivilFeeCategory | null>(null);
  const preview = useQuery({
    queryKey: ['accept-preview', filing.id, procedure ?? '', category ?? ''],
    queryFn: () => api.acceptPreview(filing.id, procedure ?? 'ordinary', category ?? undefined),
    enabled: open,
    placeholderData: (previous) => previous,
  });
  const chosen = procedure ?? preview.data?.suggestedProcedure ?? 'ordinary';
  const chosenCategory = category ?? preview.data?.suggestedFeeCategory;
  const { busy, error, send } = useDecision(
    (p: Procedure) => api.acceptFiling(filing.id, p, category ?? preview.data?.suggestedFeeCategory),
    onDone,
  );
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
        <Form.Item
          label={t('reviewAids.feeCategoryLabel')}
          htmlFor="accept-fee-category"
          extra={
            preview.data && (
              <Typography.Text type="secondary">
                {preview.data.matchedHeading
                  ? t('reviewAids.feeCategoryFrom', { heading: preview.data.matchedHeading })
                  : t('reviewAids.feeCategoryGeneral')}{' '}
                · {preview.data.feeCategoryBasis}
              </Typography.Text>
            )
          }
        >
          <Select
            id="accept-fee-category"
            value={chosenCategory}
            onChange={(v: CivilFeeCategory) => setCategory(v)}
            options={civilFeeCategories.map((c) => ({
              value: c,
              label: `${t(`reviewAids.feeCategory.${c}`)}${preview.data?.suggestedFeeCategory === c ? t('decisions.suggested') : ''}`,
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
