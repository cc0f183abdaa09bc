// Filters of the review queue: state, cause of action, submission dates, days left, representation.
import { Button, DatePicker, Flex, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QueueFilters as Filters } from '../../../../api/endpoints';

export function QueueFilters({ value, onChange }: { value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Flex gap={12} wrap align="end" style={{ marginBottom: 16 }} role="search">
      <label>
        <div>{t('decisions.filters.state')}</div>
        <Select
          style={{ minWidth: 160 }}
          value={value.state ?? ''}
          onChange={(v: string) => set({ state: v || undefined })}
          aria-label={t('decisions.filters.state')}
          options={[
            { value: '', label: t('decisions.filters.allStates') },
            ...(['submitted', 'corrected', 'insisted'] as const).map((s) => ({ value: s, label: t(`states.${s}`) })),
          ]}
        />
      </label>
      <label>
        <div>{t('decisions.filters.causeOfAction')}</div>
        <Input
          style={{ width: 120 }}
          value={value.causeOfActionCode ?? ''}
          onChange={(e) => set({ causeOfActionCode: e.target.value.trim() || undefined })}
          aria-label={t('decisions.filters.causeOfAction')}
        />
      </label>
      <label>
        <div>{t('decisions.filters.submitted')}</div>
        <DatePicker.RangePicker
          aria-label={t('decisions.filters.submitted')}
          value={value.submittedFrom && value.submittedTo ? [dayjs(value.submittedFrom), dayjs(value.submittedTo)] : null}
          onChange={(r) =>
            set({ submittedFrom: r?.[0]?.format('YYYY-MM-DD') ?? undefined, submittedTo: r?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
        />
      </label>
      <label>
        <div>{t('decisions.filters.daysLeft')}</div>
        <InputNumber
          style={{ width: 120 }}
          min={-365}
          max={365}
          value={value.maxDaysLeft === undefined ? null : Number(value.maxDaysLeft)}
          onChange={(v) => set({ maxDaysLeft: v === null ? undefined : String(v) })}
          aria-label={t('decisions.filters.daysLeft')}
        />
      </label>
      <label>
        <div>{t('decisions.filters.represented')}</div>
        <Select
          style={{ minWidth: 140 }}
          value={value.represented ?? ''}
          onChange={(v: string) => set({ represented: v || undefined })}
          aria-label={t('decisions.filters.represented')}
          options={[
            { value: '', label: t('decisions.filters.any') },
            { value: 'true', label: t('decisions.filters.yes') },
            { value: 'false', label: t('decisions.filters.no') },
          ]}
        />
      </label>
      <Button onClick={() => onChange({ courtId: value.courtId })}>{t('decisions.filters.reset')}</Button>
    </Flex>
  );
}
