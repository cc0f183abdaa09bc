import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../i18n';
import { creditCodeProblem, residentIdProblem } from '../../../../lib/domain';
import { isMasked } from '../draft';

const phonePattern = /^[+\d][\d\s-]{5,19}$/;

function DefendantFields({ index }: { index: number }) {
  const { t } = useTranslation();
  const kind = Form.useWatch(['defendants', index, 'kind']) as 'person' | 'organization' | undefined;
  const phoneRule = {
    validator: async (_r: unknown, value: string | undefined) => {
      if (value?.trim() && !isMasked(value) && !phonePattern.test(value.trim())) throw new Error(t('validation.phone'));
    },
  };
  if (kind === 'organization')
    return (
      <>
        <Form.Item name={[index, 'name']} label={t('editor.defendants.orgName')} required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name={[index, 'creditCode']}
          label={t('editor.defendants.creditCode')}
          validateTrigger="onBlur"
          rules={[
            {
              validator: async (_r, value: string | undefined) => {
                if (!value?.trim()) return;
                const problem = creditCodeProblem(value, currentLanguage());
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input maxLength={18} spellCheck={false} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item name={[index, 'legalRepresentative']} label={t('editor.defendants.legalRepresentative')} required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name={[index, 'phone']} label={t('editor.defendants.phone')} validateTrigger="onBlur" rules={[phoneRule]}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name={[index, 'address']} label={t('editor.defendants.orgAddress')} required>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
      </>
    );
  return (
    <>
      <Form.Item name={[index, 'name']} label={t('editor.defendants.name')} required>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={[index, 'sex']} label={t('editor.defendants.sex')}>
        <Radio.Group
          aria-label={t('editor.defendants.sex')}
          options={[
            { value: 'male', label: t('editor.defendants.male') },
            { value: 'female', label: t('editor.defendants.female') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={[index, 'idNumber']}
        label={t('editor.defendants.idNumber')}
        validateTrigger="onBlur"
        rules={[
          {
            validator: async (_r, value: string | undefined) => {
              if (!value?.trim() || isMasked(value)) return;
              const problem = residentIdProblem(value, currentLanguage());
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <Input maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item name={[index, 'phone']} label={t('editor.defendants.phone')} validateTrigger="onBlur" rules={[phoneRule]}>
        <Input inputMode="tel" maxLength={20} />
      </Form.Item>
      <Form.Item name={[index, 'address']} label={t('editor.defendants.address')} required>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
      </Form.Item>
    </>
  );
}

export function DefendantsStep() {
  const { t } = useTranslation();
  return (
    <section id="field-defendants" aria-labelledby="step-defendants-title">
      <Typography.Title level={2} id="step-defendants-title" style={{ fontSize: 22 }}>
        {t('editor.steps.defendants')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('editor.defendants.intro')}</Typography.Paragraph>
      <Form.List name="defendants">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                id={`field-defendants-${field.name}`}
                title={t('editor.defendants.defendant', { n: i + 1 })}
                style={{ marginBottom: 16 }}
                extra={
                  fields.length > 1 && (
                    <Button danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      {t('editor.defendants.remove')}
                    </Button>
                  )
                }
              >
                <Form.Item name={[field.name, 'kind']} label={t('editor.defendants.kind')}>
                  <Radio.Group
                    aria-label={t('editor.defendants.kind')}
                    optionType="button"
                    buttonStyle="solid"
                    options={[
                      { value: 'person', label: t('editor.defendants.person') },
                      { value: 'organization', label: t('editor.defendants.organization') },
                    ]}
                  />
                </Form.Item>
                <DefendantFields index={field.name} />
              </Card>
            ))}
            <Button type="dashed" size="large" block icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
              {t('editor.defendants.add')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}
