import { useCallback, useState } from 'react';

export interface Notice {
  readonly text: string;
  readonly tone: 'info' | 'warning';
  /** Changes on every announcement so the same words are read again. */
  readonly serial: number;
}

/** A polite announcement that also stays visible until the next one. */
export function useNotice(): [Notice | null, (text: string, tone?: Notice['tone']) => void] {
  const [notice, setNotice] = useState<Notice | null>(null);
  const announce = useCallback((text: string, tone: Notice['tone'] = 'info') => {
    setNotice((previous) => ({ text, tone, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  return [notice, announce];
}

/** Always mounted (a live region must exist before its text changes); one line reserved. */
export function LiveNotice({ notice }: { readonly notice: Notice | null }) {
  const tone = notice?.tone === 'warning' ? 'text-amber-800 font-medium' : 'text-slate-600';
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm ${tone}`}>
      {notice && <span key={notice.serial}>{notice.text}</span>}
    </p>
  );
}
