import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

/**
 * "Report a problem with this item" (issue 9, point 12): a broken image or missing field should
 * not bounce from person to person. A modal dialog (Esc cancels); the reason is required.
 */
export function ReportDialog({
  onReport,
  onClose,
}: {
  onReport: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setError('Say what is wrong with the item (a few words).');
    setSending(true);
    setError(null);
    try {
      await onReport(reason.trim());
      onClose();
    } catch (failure) {
      setError(failure instanceof ApiError ? (failure.fieldMessage('reason') ?? failure.message) : String(failure));
      setSending(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="report-title"
      onClose={onClose}
      className="m-auto w-full max-w-lg rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <form noValidate onSubmit={send} className="grid gap-3 p-5">
        <h2 id="report-title" className="text-base font-semibold text-slate-900">
          Report a problem with this item
        </h2>
        <p className="text-sm text-slate-600">
          The item leaves the queue, so nobody else is sent it, until a manager fixes it or closes it.
        </p>
        <div>
          <label htmlFor="report-reason" className="block text-xs font-medium text-slate-700">
            What is wrong? (required)
          </label>
          <textarea
            id="report-reason"
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            placeholder="e.g. the image does not load; the text is cut off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'report-error' : undefined}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm aria-[invalid=true]:border-red-600"
          />
          {error && (
            <p id="report-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
              {error}
            </p>
          )}
        </div>
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={sending}
            className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60"
          >
            {sending ? 'Reporting…' : 'Report and take it out of the queue'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
