import { useEffect, useState } from 'react';

/** The current time, ticking once a second (one timer for the whole inbox). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * Time left until the default outcome applies: calm while there is time, amber in the last
 * minute, red once expired. Not a live region: a per-second announcement would drown the page.
 */
export function Countdown({ deadline, now }: { deadline: string | null; now: number }) {
  if (!deadline) return <span className="text-xs text-slate-500">No deadline</span>;
  const left = new Date(deadline).getTime() - now;
  if (left <= 0)
    return (
      <time dateTime={deadline} className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800">
        Expired {clock(-left)} ago
      </time>
    );
  const urgent = left < 60_000;
  return (
    <time
      dateTime={deadline}
      className={`rounded px-1.5 py-0.5 text-xs font-medium tabular-nums ${urgent ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-700'}`}
    >
      {clock(left)} left
    </time>
  );
}
