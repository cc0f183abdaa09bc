// The short-lived download links of a filing's materials (GET /api/filings/{id}/material-links) and issued
// documents (GET /api/filings/{id}/document-links): a file, preview or PDF is served only with a token of
// this session that lasts a few minutes, so the page asks for the links and renews them before they run
// out; a copied URL opens nothing elsewhere.
import type { DocumentLink, MaterialLink } from '@lian/contract';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/endpoints';

/** Links live five minutes on the server; they are renewed a minute before. */
export const MATERIAL_LINKS_REFRESH_MS = 4 * 60_000;

/**
 * Links of one kind (materials, documents) of a filing, renewed before they run out; `idOf` names the
 * file a link opens. Shared by materials and issued documents, whose links the server signs alike.
 */
function useRenewedLinks<L>(
  kind: string,
  filingId: string,
  ids: readonly string[],
  fetch: (id: string) => Promise<{ links: L[] }>,
  idOf: (l: L) => string,
) {
  const query = useQuery({
    queryKey: [kind, filingId, ids.join(',')],
    queryFn: () => fetch(filingId),
    staleTime: MATERIAL_LINKS_REFRESH_MS,
    refetchInterval: MATERIAL_LINKS_REFRESH_MS,
    enabled: ids.length > 0,
  });
  const byId = useMemo(() => new Map((query.data?.links ?? []).map((l) => [idOf(l), l])), [query.data, idOf]);
  const { refetch } = query;
  return {
    linkOf: useCallback((id: string): L | undefined => byId.get(id), [byId]),
    /** Fresh links now (after a link has expired under a player that kept the page open). */
    renew: useCallback(async () => (await refetch()).data?.links ?? [], [refetch]),
    failed: query.isError,
  };
}

const materialIdOf = (l: MaterialLink) => l.materialId;
const documentIdOf = (l: DocumentLink) => l.documentId;

export const useMaterialLinks = (filingId: string, materialIds: readonly string[]) =>
  useRenewedLinks('material-links', filingId, materialIds, api.materialLinks, materialIdOf);

/** The PDFs of the documents issued on a filing, by links of this session like materials. */
export const useDocumentLinks = (filingId: string, documentIds: readonly string[]) =>
  useRenewedLinks('document-links', filingId, documentIds, api.documentLinks, documentIdOf);

/** A link that fails sooner than this after it was handed out has not expired: a new one would not help. */
export const RENEW_AFTER_MS = 60_000;

/**
 * The URL of one material's file or preview for an element that must not reload when the links are
 * renewed in the background (a playing video, a PDF being read): it keeps its first link, and takes a
 * fresh one when the element reports an error on a link old enough to have expired — so a broken file
 * does not make it ask again and again.
 */
export function useSteadyLink(filingId: string, materialId: string, variant: 'content' | 'preview') {
  const { linkOf, renew, failed } = useMaterialLinks(filingId, [materialId]);
  const pick = useCallback(
    (l: MaterialLink | undefined) => (variant === 'content' ? l?.contentUrl : l?.previewUrl) ?? undefined,
    [variant],
  );
  const [link, setLink] = useState<{ url: string; at: number } | undefined>(undefined);
  const first = pick(linkOf(materialId));
  useEffect(() => {
    if (link === undefined && first) setLink({ url: first, at: Date.now() });
  }, [link, first]);
  const onError = useCallback(async () => {
    if (!link || Date.now() - link.at < RENEW_AFTER_MS) return;
    const fresh = pick((await renew()).find((l) => l.materialId === materialId));
    if (fresh) setLink({ url: fresh, at: Date.now() });
  }, [link, renew, pick, materialId]);
  return { src: link?.url, onError, failed };
}
