import { Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../i18n';
import { mobileProblem } from '../../../../lib/domain';
import { isMasked } from '../draft';

export function PlaintiffStep({ plaintiff }: { plaintiff: { name: string; idNumberMasked: string | null } | null }) {
  const { t } = useTranslation();
  return (
    <section id="field-plaintiff" aria-labelledby="step-plaintiff-title">
      <Typography.Title level={2} id="step-plaintiff-title" style={{ fontSize: 22 }}>
        {t('editor.steps.plaintiff')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('editor.plaintiff.intro')}</Typography.Paragraph>
      <Descriptions
        bordered
        column={1}
        size="middle"
        style={{ marginBottom: 24 }}
        items={[
          { key: 'name', label: t('editor.plaintiff.name'), children: plaintiff?.name ?? '—' },
          {
            key: 'id',
            label: t('editor.plaintiff.idNumber'),
            children: <span className="mono">{plaintiff?.idNumberMasked ?? '—'}</span>,
          },
        ]}
      />
      <Form.Item
        name={['plaintiff', 'phone']}
        label={t('editor.plaintiff.phone')}
        extra={t('editor.plaintiff.phoneHelp')}
        required
        validateTrigger="onBlur"
        rules={[
          {
            validator: async (_r, value: string | undefined) => {
              if (!value?.trim() || isMasked(value)) return;
              const problem = mobileProblem(value, currentLanguage());
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <Input inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item name={['plaintiff', 'address']} label={t('editor.plaintiff.address')} extra={t('editor.plaintiff.addressHelp')} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} autoComplete="street-address" />
      </Form.Item>
      {/* 民事诉讼法 Art. 124(1): a complaint states the plaintiff's ethnicity, occupation and employer. */}
      <Form.Item
        name={['plaintiff', 'ethnicity']}
        label={t('editor.plaintiff.ethnicity')}
        extra={t('editor.plaintiff.ethnicityHelp')}
        required
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item
        name={['plaintiff', 'occupation']}
        label={t('editor.plaintiff.occupation')}
        extra={t('editor.plaintiff.noneHelp')}
        required
      >
        <Input maxLength={50} autoComplete="organization-title" />
      </Form.Item>
      <Form.Item name={['plaintiff', 'employer']} label={t('editor.plaintiff.employer')} extra={t('editor.plaintiff.noneHelp')} required>
        <Input maxLength={100} autoComplete="organization" />
      </Form.Item>
    </section>
  );
}
