// The short-lived download links of a filing's materials (GET /api/filings/{id}/material-links): a file or
// preview is served only with a token of this session that lasts a few minutes, so the page asks for the
// links and renews them before they run out; a copied URL opens nothing elsewhere.
import type { MaterialLink } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/endpoints';

/** Links live five minutes on the server; they are renewed a minute before. */
export const MATERIAL_LINKS_REFRESH_MS = 4 * 60_000;

export function useMaterialLinks(filingId: string, materialIds: readonly string[]) {
  const query = useQuery({
    queryKey: ['material-links', filingId, materialIds.join(',')],
    queryFn: () => api.materialLinks(filingId),
    staleTime: MATERIAL_LINKS_REFRESH_MS,
    refetchInterval: MATERIAL_LINKS_REFRESH_MS,
    enabled: materialIds.length > 0,
  });
  const byId = useMemo(() => new Map((query.data?.links ?? []).map((l) => [l.materialId, l])), [query.data]);
  const { refetch } = query;
  return {
    linkOf: useCallback((materialId: string): MaterialLink | undefined => byId.get(materialId), [byId]),
    /** Fresh links now (after a link has expired under a player that kept the page open). */
    renew: useCallback(async () => (await refetch()).data?.links ?? [], [refetch]),
    failed: query.isError,
  };
}

/**
 * The URL of one material's file or preview for an element that must not reload when the links are
 * renewed in the background (a playing video, a PDF being read): it keeps its first link, and takes a
 * fresh one only when the element reports an error — once per link, so a broken file cannot loop.
 */
export function useSteadyLink(filingId: string, materialId: string, variant: 'content' | 'preview') {
  const { linkOf, renew, failed } = useMaterialLinks(filingId, [materialId]);
  const pick = useCallback(
    (l: MaterialLink | undefined) => (variant === 'content' ? l?.contentUrl : l?.previewUrl) ?? undefined,
    [variant],
  );
  const [src, setSrc] = useState<string | undefined>(undefined);
  const renewedFor = useRef<string | undefined>(undefined);
  const first = pick(linkOf(materialId));
  useEffect(() => {
    if (src === undefined && first) setSrc(first);
  }, [src, first]);
  const onError = useCallback(async () => {
    if (!src || renewedFor.current === src) return;
    renewedFor.current = src;
    const fresh = pick((await renew()).find((l) => l.materialId === materialId));
    if (fresh) setSrc(fresh);
  }, [src, renew, pick, materialId]);
  return { src, onError, failed };
}
