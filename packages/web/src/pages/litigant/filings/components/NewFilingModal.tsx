// Choose the court, create a draft, go to the editor.
import { useMutation, useQuery } from '@tanstack/react-query';
import { Form, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../../api/endpoints';
import { useApiErrors } from '../../../../api/useApiErrors';

export function NewFilingModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ courtId: string }>();
  const navigate = useNavigate();
  const errors = useApiErrors();
  const courts = useQuery({ queryKey: ['courts'], queryFn: api.courts, enabled: open, staleTime: 60 * 60_000 });
  // With a single court online (a county court's own installation) there is nothing to choose.
  const onlyCourt = courts.data?.courts.length === 1 ? courts.data.courts[0] : undefined;
  useEffect(() => {
    if (open && onlyCourt && !form.getFieldValue('courtId')) form.setFieldValue('courtId', onlyCourt.id);
  }, [open, onlyCourt, form]);
  const create = useMutation({
    mutationFn: (courtId: string) => api.createFiling(courtId),
    onSuccess: ({ filing }) => void navigate(`/filings/${filing.id}/edit`),
    onError: (error) => {
      errors.notify(error);
      errors.applyToForm(form, error, (name) => name[0] === 'courtId');
    },
  });

  return (
    <Modal
      open={open}
      title={t('filings.chooseCourtTitle')}
      okText={t('filings.create')}
      cancelText={t('filings.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('filings.chooseCourtHelp')}</Typography.Paragraph>
      <Form form={form} name="new-filing" layout="vertical" size="large" onFinish={(v) => create.mutate(v.courtId)}>
        <Form.Item name="courtId" label={t('filings.court')} rules={[{ required: true, message: t('filings.courtRequired') }]}>
          <Select
            loading={courts.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
            options={(courts.data?.courts ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
