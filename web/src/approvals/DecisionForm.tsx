import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, got, onTask, tandem } from '../api/client';
import type { SubmitResult } from '../api/types';
import type { HeldTask } from './claims';

export type ApprovalAnswer =
  | { decision: 'approve' }
  | { decision: 'reject'; reason: string }
  | { decision: 'edit'; arguments: Record<string, unknown> };

interface Props {
  task: HeldTask;
  questionName: string;
  allowEdit: boolean;
  requireReason: boolean;
  originalArguments: unknown;
  onSubmitted: (answer: ApprovalAnswer, result: SubmitResult) => void;
}

const button = 'rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60';
const field =
  'mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm aria-[invalid=true]:border-red-600';

/** Approve, reject with a reason, or edit the arguments (checked as JSON before sending). */
export function DecisionForm({ task, questionName, allowEdit, requireReason, originalArguments, onSubmitted }: Props) {
  const [mode, setMode] = useState<'choose' | 'reject' | 'edit'>('choose');
  const [reason, setReason] = useState('');
  const [argsText, setArgsText] = useState(() => JSON.stringify(originalArguments ?? {}, null, 2));
  const [localError, setLocalError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  // Choosing reject or edit moves focus to the text to write; a problem with it brings focus back.
  useEffect(() => {
    if (mode !== 'choose' || localError) input.current?.focus();
  }, [mode, localError]);
  const submit = useMutation<SubmitResult, ApiError, ApprovalAnswer>({
    mutationFn: (answer) =>
      got(
        tandem.POST('/api/tasks/{taskId}/submit', { ...onTask(task.id), body: { answer: { [questionName]: answer } } }),
      ),
    onSuccess: (result, answer) => onSubmitted(answer, result),
  });
  const serverMessage = (part: string) => submit.error?.fieldMessage(`answer.${questionName}.${part}`);
  const reasonError = (mode === 'reject' && localError) || serverMessage('reason');
  const argsError = (mode === 'edit' && localError) || serverMessage('arguments');

  const send = (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    if (mode === 'reject') {
      if (requireReason && !reason.trim()) return setLocalError('Say why the action is rejected.');
      return submit.mutate({ decision: 'reject', reason: reason.trim() });
    }
    if (mode === 'edit') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(argsText);
      } catch (error) {
        return setLocalError(`Not valid JSON: ${(error as Error).message}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return setLocalError('The arguments must be a JSON object: { "name": value, … }');
      return submit.mutate({ decision: 'edit', arguments: parsed as Record<string, unknown> });
    }
  };
  const choose = (next: typeof mode) => {
    setMode(next);
    setLocalError(null);
    submit.reset();
  };

  return (
    <form noValidate onSubmit={send} className="space-y-3">
      {mode === 'choose' && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={submit.isPending}
            onClick={() => submit.mutate({ decision: 'approve' })}
            className={`${button} bg-emerald-600 text-white hover:bg-emerald-700`}
          >
            Approve
          </button>
          <button
            type="button"
            onClick={() => choose('reject')}
            className={`${button} border border-red-300 bg-white text-red-700 hover:bg-red-50`}
          >
            Reject…
          </button>
          {allowEdit && (
            <button
              type="button"
              onClick={() => choose('edit')}
              className={`${button} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
            >
              Edit arguments…
            </button>
          )}
        </div>
      )}
      {mode === 'reject' && (
        <div>
          <label htmlFor="approval-reason" className="block text-xs font-medium text-slate-700">
            Reason for rejecting{requireReason ? '' : ' (optional)'}
          </label>
          <textarea
            id="approval-reason"
            ref={input}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'approval-reason-error' : undefined}
            className={field}
          />
          {reasonError && (
            <p id="approval-reason-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
              {reasonError}
            </p>
          )}
        </div>
      )}
      {mode === 'edit' && (
        <div>
          <label htmlFor="approval-arguments" className="block text-xs font-medium text-slate-700">
            Arguments to run the action with (JSON)
          </label>
          <textarea
            id="approval-arguments"
            ref={input}
            rows={9}
            spellCheck={false}
            value={argsText}
            onChange={(e) => setArgsText(e.target.value)}
            aria-invalid={argsError ? true : undefined}
            aria-describedby={argsError ? 'approval-arguments-error' : undefined}
            className={`${field} font-mono text-xs`}
          />
          {argsError && (
            <p id="approval-arguments-error" role="alert" className="mt-1 text-xs font-medium text-red-700">
              {argsError}
            </p>
          )}
        </div>
      )}
      {mode !== 'choose' && (
        <div className="flex gap-2">
          <button
            type="submit"
            disabled={submit.isPending}
            className={`${button} text-white ${mode === 'reject' ? 'bg-red-600 hover:bg-red-700' : 'bg-brand-600 hover:bg-brand-700'}`}
          >
            {mode === 'reject' ? 'Reject action' : 'Approve with these arguments'}
          </button>
          <button
            type="button"
            onClick={() => choose('choose')}
            className={`${button} text-slate-600 hover:bg-slate-100`}
          >
            Cancel
          </button>
        </div>
      )}
      {submit.isError && !reasonError && !argsError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {submit.error.code === 'LEASE_LOST' ? 'Someone else decided this action meanwhile.' : submit.error.message}
        </p>
      )}
    </form>
  );
}
