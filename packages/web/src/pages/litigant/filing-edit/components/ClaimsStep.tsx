import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { displayYuan } from '../../../../lib/domain';
import { sumFen, yuanToFen } from '../../../../lib/money';
import type { EditorValues } from '../draft';
import { CauseOfActionSelect } from './CauseOfActionSelect';

function ClaimsTotal() {
  const { t } = useTranslation();
  const claims = (Form.useWatch('claims') as EditorValues['claims'] | undefined) ?? [];
  const total = sumFen(claims.map((c) => yuanToFen(c?.amountYuan ?? '')));
  return (
    <p className="claim-total" aria-live="polite">
      {t('editor.claims.total')}：<strong>{displayYuan(total)}</strong>
    </p>
  );
}

export function ClaimsStep({ initialCause }: { initialCause: { code: string; name: string } | null }) {
  const { t } = useTranslation();
  return (
    <section id="field-claims" aria-labelledby="step-claims-title">
      <Typography.Title level={2} id="step-claims-title" style={{ fontSize: 22 }}>
        {t('editor.steps.claims')}
      </Typography.Title>
      <Typography.Paragraph className="secondary">{t('editor.claims.intro')}</Typography.Paragraph>
      <Form.List name="claims">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                id={`field-claims-${field.name}`}
                size="small"
                title={t('editor.claims.claim', { n: i + 1 })}
                style={{ marginBottom: 16 }}
                extra={
                  fields.length > 1 && (
                    <Button danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      {t('editor.claims.remove')}
                    </Button>
                  )
                }
              >
                <Form.Item name={[field.name, 'text']} label={t('editor.claims.text')} required>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('editor.claims.textPlaceholder')} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amountYuan']}
                  label={t('editor.claims.amount')}
                  rules={[
                    {
                      validator: async (_r, value: string | undefined) => {
                        if (Number.isNaN(yuanToFen(value ?? ''))) throw new Error(t('editor.claims.amountInvalid'));
                      },
                    },
                  ]}
                >
                  <Input inputMode="decimal" prefix="¥" style={{ maxWidth: 280 }} />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" size="large" block icon={<PlusOutlined />} onClick={() => add({ text: '', amountYuan: '' })}>
              {t('editor.claims.add')}
            </Button>
          </>
        )}
      </Form.List>
      <ClaimsTotal />
      <Form.Item name="factsAndReasons" label={t('editor.claims.facts')} extra={t('editor.claims.factsHelp')} required>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item name="causeOfActionCode" label={t('editor.claims.causeOfAction')} extra={t('editor.claims.causeOfActionHelp')} required>
        <CauseOfActionSelect initial={initialCause} />
      </Form.Item>
    </section>
  );
}
