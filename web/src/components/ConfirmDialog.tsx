import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** When set, the person must type this exactly before the action is enabled (deletes). */
  readonly typeToConfirm?: string;
  readonly danger?: boolean;
  readonly busy?: boolean;
  readonly error?: string | undefined;
  onConfirm(): void;
  onClose(): void;
}

/**
 * A modal confirmation on the native <dialog>: focus moves into it and is trapped, Escape
 * cancels, and the page behind is inert. Destructive actions ask for the name to be typed.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const inputId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      setTyped('');
      dialog.showModal();
    }
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  const matches = props.typeToConfirm === undefined || typed === props.typeToConfirm;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className="m-auto w-full max-w-lg rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        method="dialog"
        className="space-y-4 p-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (matches && !props.busy) props.onConfirm();
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        <div className="space-y-2 text-sm text-slate-700">{props.children}</div>
        {props.typeToConfirm !== undefined && (
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
              Type <strong className="font-mono">{props.typeToConfirm}</strong> to confirm
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
          </div>
        )}
        {props.error && (
          <p role="alert" className="text-sm text-red-700">
            {props.error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={props.onClose}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={!matches || props.busy}
            className={`rounded-md px-3 py-2 text-sm font-medium text-white disabled:opacity-50 ${props.danger ? 'bg-red-600 hover:bg-red-700' : 'bg-brand-600 hover:bg-brand-700'}`}
          >
            {props.busy ? 'Working…' : props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
