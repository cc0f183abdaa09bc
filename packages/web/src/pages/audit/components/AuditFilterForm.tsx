// Filters of the audit search: time range, actor, action (or a prefix), case, outcome.
import { DatePicker, Button, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../../api/audit';

interface Values {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  filing?: string;
  outcome?: AuditFilters['outcome'];
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

export function AuditFilterForm({ onSearch }: { onSearch: (f: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    onSearch({
      from: v.range?.[0]?.toISOString(),
      to: v.range?.[1]?.toISOString(),
      actor: trimmed(v.actor),
      action: trimmed(v.action),
      filing: trimmed(v.filing),
      outcome: v.outcome,
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} className="audit-filters">
      <div style={{ display: 'grid', gap: '0 16px', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' }}>
        <Form.Item name="range" label={t('audit.timeRange')}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} inputReadOnly />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input placeholder={t('audit.actorPlaceholder')} autoComplete="off" allowClear />
        </Form.Item>
        <Form.Item
          name="action"
          label={t('audit.action')}
          rules={[{ pattern: /^\s*[a-z_]+(\.[a-z_]*)*\s*$/, message: t('audit.actionPlaceholder') }]}
        >
          <Input placeholder={t('audit.actionPlaceholder')} autoComplete="off" allowClear className="mono" />
        </Form.Item>
        <Form.Item name="filing" label={t('audit.filing')}>
          <Input placeholder={t('audit.filingPlaceholder')} autoComplete="off" allowClear />
        </Form.Item>
        <Form.Item name="outcome" label={t('audit.outcome')}>
          <Select
            allowClear
            placeholder={t('audit.anyOutcome')}
            options={(['success', 'denied', 'failure'] as const).map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          />
        </Form.Item>
      </div>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('audit.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('audit.reset')}
        </Button>
      </Space>
    </Form>
  );
}
