// The filer's application for judicial aid (司法救助): kind, the statutory grounds of that kind, the share
// asked for (reduction), a description when "other" is chosen, the written application and proof chosen
// from the case's materials. The rules are checked by the server (domain checkJudicialAidApplication).
import type { FeeStatus, JudicialAidBody, JudicialAidTypeCode, MaterialView } from '@lian/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { feesApi } from '../../api/fees';
import { useApiErrors } from '../../api/useApiErrors';
import { currentLanguage } from '../../i18n';

interface Props {
  filingId: string;
  materials: MaterialView[];
  open: boolean;
  onClose: () => void;
  onDone: (next: { fees: FeeStatus }) => void;
}

export function AidApplicationModal({ filingId, materials, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errors = useApiErrors();
  const [form] = Form.useForm<JudicialAidBody>();
  const kinds = useQuery({ queryKey: ['aid-kinds'], queryFn: feesApi.aidKinds, enabled: open, staleTime: Infinity });
  const type = Form.useWatch('type', form) as JudicialAidTypeCode | undefined;
  const grounds = (Form.useWatch('grounds', form) ?? []) as string[];
  const kind = kinds.data?.kinds.find((k) => k.type === type);
  const needsDescription = kind?.grounds.some((g) => g.catchAll && grounds.includes(g.id)) ?? false;
  const submit = useMutation({
    mutationFn: (body: JudicialAidBody) => feesApi.applyForAid(filingId, body),
    onSuccess: (next) => {
      form.resetFields();
      onDone(next);
    },
    onError: (e) => {
      errors.notify(e);
      errors.applyToForm(form, e);
    },
  });
  return (
    <Modal
      open={open}
      title={t('fees.applyAid')}
      okText={t('fees.aidSubmit')}
      cancelText={t('fees.cancel')}
      confirmLoading={submit.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {kinds.data && (
        <Typography.Paragraph type="secondary">
          {kinds.data.requirements[lang]}（{kinds.data.requirements.source}）
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ type: 'deferral', grounds: [], proofMaterialIds: [] }}
        onFinish={(v) => submit.mutate({ ...v, proofMaterialIds: v.proofMaterialIds ?? [] })}
        onValuesChange={(changed) => {
          if ('type' in changed) form.setFieldValue('grounds', []);
        }}
      >
        <Form.Item name="type" label={t('fees.aidKind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(kinds.data?.kinds ?? []).map((k) => ({ value: k.type, label: t(`fees.aidType.${k.type}`) }))}
          />
        </Form.Item>
        <Form.Item name="grounds" label={t('fees.aidGrounds')} rules={[{ required: true, message: t('validation.required') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {kind?.grounds.map((g) => (
              <Checkbox key={g.id} value={g.id}>
                {g.label[lang]} <span className="secondary">（{g.source}）</span>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {type === 'reduction' && (
          <Form.Item
            name="reductionPercent"
            label={t('fees.aidPercent')}
            help={t('fees.aidPercentHelp', { min: kinds.data?.minReductionPercent ?? 30 })}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={99} precision={0} style={{ width: 120 }} />
          </Form.Item>
        )}
        {needsDescription && (
          <Form.Item name="otherDescription" label={t('fees.aidOther')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        <Form.Item
          name="statement"
          label={t('fees.aidStatement')}
          extra={t('fees.aidStatementHelp')}
          rules={[{ required: true, min: 10, message: t('validation.required') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="proofMaterialIds" label={t('fees.aidProof')} extra={t('fees.aidProofHelp')}>
          <Select mode="multiple" options={materials.map((m) => ({ value: m.id, label: m.evidence?.name ?? m.fileName }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
