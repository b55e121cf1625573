import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import type { Calculation } from './types.ts';

const PREVIEW_DELAY_MS = 400;

type Preview = { calc: Calculation } | { problem: string } | null;

/** The amount and its calculation for the data as typed, refreshed a moment after each change. */
export function usePreview(appId: string, body: Record<string, unknown> | null) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<Preview>(null);
  const seq = useRef(0);
  const key = body ? JSON.stringify(body) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised body is the dependency
  useEffect(() => {
    if (!body) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const calc = await api.post<Calculation>(`/api/v1/applications/${appId}/proposal-preview`, body);
        if (mine === seq.current) setPreview({ calc });
      } catch (e) {
        if (mine !== seq.current) return;
        const err = e instanceof ApiError ? e : null;
        setPreview({ problem: err?.fields[0]?.message ?? err?.message ?? t('error.network') });
      }
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, appId]);
  return preview;
}
