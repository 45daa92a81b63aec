import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';

/** Small pieces the widgets share: a key cap, a selectable option row, leaving a text field. */

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}

export interface ChoiceProps {
  readonly type: 'radio' | 'checkbox';
  /** The group's input name (radios with one name share a single tab stop and arrow keys). */
  readonly name: string;
  readonly checked: boolean;
  readonly label: ReactNode;
  readonly hotkey?: string | undefined;
  readonly readOnly?: boolean | undefined;
  readonly onSelect: () => void;
}

/** The ring a styled option shows when its hidden native input has keyboard focus. */
export const FOCUS_RING =
  'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600';

/**
 * One option: a native radio or checkbox (so arrows, Space and screen readers work as usual),
 * drawn as a row with its hotkey on the right.
 */
export function Choice({ type, name, checked, label, hotkey, readOnly, onSelect }: ChoiceProps) {
  const tone = checked
    ? 'border-brand-600 bg-brand-50 text-brand-700 ring-1 ring-brand-600'
    : readOnly
      ? 'border-transparent text-slate-500'
      : 'border-slate-200 bg-white text-slate-800 hover:border-slate-300 hover:bg-slate-50';
  return (
    <label
      className={`flex w-full items-center gap-2 rounded-lg border text-left text-sm ${tone} ${FOCUS_RING} ${
        readOnly ? 'px-2 py-0.5' : 'min-h-9 cursor-pointer px-3 py-1.5'
      }`}
    >
      <input type={type} name={name} checked={checked} disabled={readOnly} onChange={onSelect} className="sr-only" />
      <span
        aria-hidden="true"
        className={`flex h-4 w-4 shrink-0 items-center justify-center border ${type === 'radio' ? 'rounded-full' : 'rounded'} ${checked ? 'border-brand-600 bg-brand-600' : 'border-slate-400 bg-white'}`}
      >
        {checked &&
          (type === 'radio' ? (
            <span className="block h-1.5 w-1.5 rounded-full bg-white" />
          ) : (
            <svg aria-hidden="true" viewBox="0 0 12 12" className="h-3 w-3" fill="none" stroke="white" strokeWidth="2">
              <path d="M2.5 6.5l2.5 2.5 4.5-5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          ))}
      </span>
      <span className="flex-1">{label}</span>
      {hotkey && !readOnly && <Kbd>{hotkey}</Kbd>}
    </label>
  );
}

/** A value that is not a plain string of text, shown as readable JSON. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? String(value);
}

/** Escape leaves a text field for its question, so hotkeys and Enter-to-submit work again. */
export function leaveField(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  const section = event.currentTarget.closest<HTMLElement>('[data-question]');
  if (section) section.focus();
  else event.currentTarget.blur();
}
