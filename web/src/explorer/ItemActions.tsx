import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiError, tandem } from '../api/client';
import type { Answer, Project } from '../api/types';
import { QuestionForm } from '../workspace/QuestionForm';
import type { ItemDetails } from './types';

type Action =
  | { kind: 'override'; answer: Answer; reason: string }
  | { kind: 'gold'; answer: Answer }
  | { kind: 'send-back'; reason: string }
  | { kind: 'archive' }
  | { kind: 'report'; reason: string }
  | { kind: 'resolve'; reportId: number; action: 'requeue' | 'close' };

const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50';
const primary =
  'rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50';

/** A manager's actions on one item: override, mark gold, send back, archive, report and resolve problems. */
export function ItemActions({ project, details }: { project: Project; details: ItemDetails }) {
  const client = useQueryClient();
  const item = details.item;
  const current = details.decisions.find((d) => d.supersededBy === null);
  const [answer, setAnswer] = useState<Answer>(current?.answer ?? details.goldAnswer ?? item.prediction ?? {});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  // The form starts from the item's current decision; when that decision changes (an override
  // here or elsewhere), start again from the new one. This component stays mounted across its
  // own actions, so their status message survives the refetch they trigger.
  const [shownDecision, setShownDecision] = useState(current?.id);
  if (current?.id !== shownDecision) {
    setShownDecision(current?.id);
    if (current) setAnswer(current.answer);
  }
  const onItem = { params: { path: { project: project.slug, itemId: String(item.id) } } };
  const act = useMutation<unknown, ApiError, Action>({
    mutationFn: (a) => {
      switch (a.kind) {
        case 'override':
          return tandem.POST('/api/projects/{project}/items/{itemId}/decision', {
            ...onItem,
            body: { answer: a.answer, reason: a.reason },
          });
        case 'gold':
          return tandem.POST('/api/projects/{project}/items/{itemId}/gold', { ...onItem, body: { answer: a.answer } });
        case 'send-back':
          return tandem.POST('/api/projects/{project}/items/{itemId}/send-back', {
            ...onItem,
            body: a.reason ? { reason: a.reason } : {},
          });
        case 'archive':
          return tandem.POST('/api/projects/{project}/items/{itemId}/archive', onItem);
        case 'report':
          return tandem.POST('/api/projects/{project}/items/{itemId}/reports', {
            ...onItem,
            body: { reason: a.reason },
          });
        case 'resolve':
          return tandem.POST('/api/projects/{project}/reports/{reportId}/resolve', {
            params: { path: { project: project.slug, reportId: a.reportId } },
            body: { action: a.action },
          });
      }
    },
    onSuccess: (_, a) => {
      const words: Record<Action['kind'], string> = {
        override: 'Decision overridden',
        gold: 'Marked as gold',
        'send-back': 'Sent back for review',
        archive: 'Archived',
        report: 'Problem reported',
        resolve: 'Report resolved',
      };
      setDone(words[a.kind]);
      if (a.kind === 'override' || a.kind === 'send-back') setReason('');
      setProblem('');
      void client.invalidateQueries({ queryKey: ['item-details', project.slug, item.id] });
    },
  });
  const errors: Record<string, string> = {};
  for (const d of act.error?.details ?? []) errors[d.path] = d.message;
  const openReports = details.reports.filter((r) => r.status === 'open');

  return (
    <section aria-labelledby="item-actions" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="item-actions" className="text-sm font-semibold text-slate-900">
        Act on this item
      </h2>
      <QuestionForm
        schema={project.labelSchema}
        data={item.data}
        answer={answer}
        onChange={setAnswer}
        errors={errors}
        keyboard={false}
      />
      <label className="block text-xs font-medium text-slate-700">
        Reason (for an override or a send-back)
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
        />
      </label>
      {act.error?.fieldMessage('reason') && <p className="text-xs text-red-700">{act.error.fieldMessage('reason')}</p>}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primary}
          disabled={act.isPending}
          onClick={() => act.mutate({ kind: 'override', answer, reason: reason.trim() })}
        >
          Override decision
        </button>
        <button
          type="button"
          className={button}
          disabled={act.isPending}
          onClick={() => act.mutate({ kind: 'gold', answer })}
        >
          Mark gold with this answer
        </button>
        <button
          type="button"
          className={button}
          disabled={act.isPending}
          onClick={() => act.mutate({ kind: 'send-back', reason: reason.trim() })}
        >
          Send back for review
        </button>
        <button
          type="button"
          className={button}
          disabled={act.isPending}
          onClick={() => act.mutate({ kind: 'archive' })}
        >
          Archive
        </button>
      </div>
      <div className="grid gap-2 border-t border-slate-100 pt-3">
        <label className="block text-xs font-medium text-slate-700">
          Problem with this item
          <input
            value={problem}
            onChange={(e) => setProblem(e.target.value)}
            placeholder="e.g. the attachment is missing"
            className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
          />
        </label>
        <div>
          <button
            type="button"
            className={button}
            disabled={act.isPending || problem.trim().length < 3}
            onClick={() => act.mutate({ kind: 'report', reason: problem.trim() })}
          >
            Report a problem
          </button>
        </div>
        {openReports.map((r) => (
          <div key={r.id} className="rounded-lg border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">
            <p>
              <span className="font-semibold">{r.reportedBy.username}</span>: {r.reason}
            </p>
            <div className="mt-1 flex gap-2">
              <button
                type="button"
                className={button}
                onClick={() => act.mutate({ kind: 'resolve', reportId: r.id, action: 'requeue' })}
              >
                Resolve: back to the queue
              </button>
              <button
                type="button"
                className={button}
                onClick={() => act.mutate({ kind: 'resolve', reportId: r.id, action: 'close' })}
              >
                Resolve: keep it out
              </button>
            </div>
          </div>
        ))}
      </div>
      <p role="status" className="min-h-5 text-sm text-emerald-700">
        {act.isSuccess ? done : ''}
      </p>
      {act.isError && (
        <p role="alert" className="text-sm text-red-700">
          {act.error.message}
        </p>
      )}
    </section>
  );
}
