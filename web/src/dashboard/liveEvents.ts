import { useEffect, useRef, useState } from 'react';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** Event types the server streams (src/events/outbox.ts). */
const EVENT_TYPES = ['item.queued', 'item.decided', 'item.adjudication', 'item.timed_out', 'task.submitted'];

/**
 * Follows a project's server-sent events and calls `onChange` at most about once a second: the
 * first event starts a 1 s timer and the events that arrive meanwhile ride along with it.
 * EventSource sends the session cookie like any same-origin request.
 */
export function useProjectEvents(slug: string, onChange: () => void, delayMs = 1000): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    const source = new EventSource(`/api/projects/${encodeURIComponent(slug)}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        callback.current();
      }, delayMs);
    };
    let dropped = false;
    setState('connecting');
    source.onopen = () => {
      // Back after a drop: the stream resumes from Last-Event-ID, but refresh once to be sure.
      if (dropped) onEvent();
      setState('live');
    };
    // EventSource reconnects by itself (the server asks for 2 s); say so meanwhile.
    source.onerror = () => {
      dropped = true;
      setState('reconnecting');
    };
    source.onmessage = onEvent;
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [slug, delayMs]);
  return state;
}
