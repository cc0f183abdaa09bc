// The clerk's fee panel on the review screen: the fee status and, when a judicial-aid application is
// pending, its grounds and statement with the decision — grant (a reduction's percent, a deferral's new
// date) or refuse with reasons. The server checks the limits (Art. 46: a reduction of at least 30 %).
import type { JudicialAidDecisionBody, MaterialView } from '@lian/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feesApi } from '../../api/fees';
import { useApiErrors } from '../../api/useApiErrors';
import { displayYuan } from '../../lib/domain';
import { AidHistory } from './AidHistory';

export function AidDecisionPanel({ filingId, materials = [] }: { filingId: string; materials?: MaterialView[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errors = useApiErrors();
  const client = useQueryClient();
  const [mode, setMode] = useState<'grant' | 'refuse' | null>(null);
  const [form] = Form.useForm<{
    percent?: number;
    deferredUntil?: { format(f: string): string };
    payBy?: { format(f: string): string };
    reason?: string;
  }>();
  const query = useQuery({ queryKey: ['fees', filingId], queryFn: () => feesApi.status(filingId) });
  const decide = useMutation({
    mutationFn: (body: JudicialAidDecisionBody) => feesApi.decideAid(filingId, body),
    onSuccess: (next) => {
      client.setQueryData(['fees', filingId], next);
      void client.invalidateQueries({ queryKey: ['filing', filingId] });
      setMode(null);
      void message.success(t('fees.decided'));
    },
    onError: (e) => errors.notify(e),
  });
  const fees = query.data?.fees;
  if (!fees || fees.status === 'unregistered') return null;
  const pending = fees.applications.find((a) => a.state === 'pending');
  return (
    <Card title={t('fees.cardTitle')} data-testid="fee-panel" extra={<Tag>{t(`fees.status.${fees.status}`)}</Tag>}>
      {fees.amountDueFen !== null && (
        <p>
          {t('fees.amountDue')}：<strong>{displayYuan(fees.amountDueFen)}</strong> · {t('fees.dueDate')}：{fees.dueDate}
        </p>
      )}
      {pending && fees.can.decideAid && (
        <div>
          <Typography.Title level={5}>{t('fees.decideTitle')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{pending.statement}</Typography.Paragraph>
          {pending.otherDescription && <Typography.Paragraph type="secondary">{pending.otherDescription}</Typography.Paragraph>}
          {pending.proofMaterialIds.length > 0 && (
            <Typography.Paragraph>
              {t('fees.aidProof')}：
              {pending.proofMaterialIds
                .map((m) => materials.find((x) => x.id === m))
                .map((m) => m?.evidence?.name ?? m?.fileName)
                .filter(Boolean)
                .join('、')}
            </Typography.Paragraph>
          )}
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => setMode('grant')}>
              {t('fees.grant')} · {t(`fees.aidType.${pending.type}`)}
            </Button>
            <Button danger onClick={() => setMode('refuse')}>
              {t('fees.refuse')}
            </Button>
          </Flex>
          {mode && (
            <Form
              form={form}
              layout="vertical"
              style={{ marginTop: 12 }}
              initialValues={{ percent: pending.reductionPercent ?? undefined }}
              onFinish={(v) =>
                decide.mutate(
                  mode === 'refuse'
                    ? { grant: false, reason: v.reason ?? '', ...(v.payBy ? { payBy: v.payBy.format('YYYY-MM-DD') } : {}) }
                    : {
                        grant: true,
                        ...(pending.type === 'reduction' && v.percent !== undefined ? { percent: v.percent } : {}),
                        ...(pending.type === 'deferral' && v.deferredUntil ? { deferredUntil: v.deferredUntil.format('YYYY-MM-DD') } : {}),
                        ...(v.reason ? { reason: v.reason } : {}),
                      },
                )
              }
            >
              {mode === 'grant' && pending.type === 'reduction' && (
                <Form.Item name="percent" label={t('fees.decisionPercent')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={99} precision={0} />
                </Form.Item>
              )}
              {mode === 'grant' && pending.type === 'deferral' && (
                <Form.Item name="deferredUntil" label={t('fees.decisionDate')} rules={[{ required: true }]}>
                  <DatePicker />
                </Form.Item>
              )}
              {mode === 'refuse' && fees.status === 'due' && (
                <Form.Item name="payBy" label={t('fees.decisionPayBy')} extra={t('fees.decisionPayByHelp')} rules={[{ required: true }]}>
                  <DatePicker />
                </Form.Item>
              )}
              <Form.Item name="reason" label={t('fees.decisionReason')} rules={mode === 'refuse' ? [{ required: true, min: 2 }] : []}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" loading={decide.isPending}>
                  {mode === 'grant' ? t('fees.grant') : t('fees.refuse')}
                </Button>
                <Button onClick={() => setMode(null)}>{t('fees.cancel')}</Button>
              </Flex>
            </Form>
          )}
        </div>
      )}
      <AidHistory fees={fees} />
    </Card>
  );
}
