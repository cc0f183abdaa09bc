// 案由 picker: remote search on /api/causes-of-action, the catalogue path shown under each name.
import type { CauseOfAction } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/endpoints';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** The cause already chosen, so its name shows before any search. */
  initial: { code: string; name: string } | null;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function CauseOfActionSelect({ id, value, onChange, initial }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const results = useQuery({
    queryKey: ['causes-of-action', q],
    queryFn: ({ signal }) => api.causesOfAction(q, 20, signal),
    staleTime: 10 * 60_000,
    placeholderData: (previous) => previous,
  });
  const [chosen, setChosen] = useState<CauseOfAction | { code: string; name: string; path: string[] } | null>(
    initial ? { ...initial, path: [] } : null,
  );

  const items = results.data?.items ?? [];
  const options = [...items];
  if (chosen && chosen.code === value && !items.some((i) => i.code === chosen.code)) options.unshift(chosen);

  return (
    <Select
      id={id}
      value={value ?? undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('editor.claims.causeOfActionPlaceholder')}
      loading={results.isFetching}
      notFoundContent={results.isFetching ? t('app.loading') : t('editor.claims.noMatch')}
      onChange={(code: string | undefined) => {
        setChosen(options.find((o) => o.code === code) ?? null);
        onChange?.(code ?? null);
      }}
      options={options.map((o) => ({ value: o.code, label: o.name, path: o.path }))}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.path.length > 0 && (
            <div className="secondary" style={{ fontSize: 13 }}>
              {option.data.path.join(' › ')}
            </div>
          )}
        </div>
      )}
    />
  );
}
