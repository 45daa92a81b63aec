import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getProject } from '../api/client';
import type { SubmitResult } from '../api/types';
import { Countdown } from './Countdown';
import {
  claimApproval,
  forgetApproval,
  type HeldTask,
  isLeaseLimit,
  isQueueEmpty,
  type PendingApproval,
  releaseApprovalSoon,
} from './claims';
import { type ApprovalAnswer, DecisionForm } from './DecisionForm';
import { LeaseLimitWayOut } from './LeaseLimitWayOut';

interface AgentAction {
  tool?: unknown;
  arguments?: unknown;
}

/** One pending action, claimed while it is open: what the agent wants to do, and the decision. */
export function ApprovalPanel({
  approval,
  now,
  onClose,
  onDecided,
}: {
  approval: PendingApproval;
  now: number;
  onClose: () => void;
  onDecided: (message: string) => void;
}) {
  const { project, item } = approval;
  const [claim, setClaim] = useState<{ task?: HeldTask; error?: unknown }>({});
  const [attempt, setAttempt] = useState(0);
  const schema = useQuery({
    queryKey: ['project', project.slug],
    queryFn: () => getProject(project.slug),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` claims again after a task was given back
  useEffect(() => {
    let alive = true;
    setClaim({});
    claimApproval(project.slug, item.id).then(
      (task) => alive && setClaim({ task }),
      (error: unknown) => alive && setClaim({ error }),
    );
    return () => {
      alive = false;
      releaseApprovalSoon(item.id);
    };
  }, [project.slug, item.id, attempt]);

  const question = schema.data?.labelSchema.questions.find((q) => q.type === 'approval');
  const field = (question?.type === 'approval' && question.field) || 'action';
  const action = (item.data[field] ?? {}) as AgentAction;
  const tool = typeof action.tool === 'string' ? action.tool : 'unnamed action';
  const done = (answer: ApprovalAnswer, result: SubmitResult) => {
    forgetApproval(item.id);
    const verb = { approve: 'Approved', reject: 'Rejected', edit: 'Approved with edited arguments:' }[answer.decision];
    onDecided(
      `${verb} ${tool} (${project.name}).${result.itemStatus === 'decided' ? '' : ' Waiting for more reviewers.'}`,
    );
  };

  return (
    <article aria-labelledby="approval-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-slate-500">
            {project.name}
            {item.externalId ? ` · ${item.externalId}` : ''} · requested {new Date(item.createdAt).toLocaleTimeString()}
          </p>
          <h2 id="approval-title" className="mt-0.5 font-mono text-lg font-semibold text-slate-900">
            {tool}
          </h2>
        </div>
        <Countdown deadline={item.deadlineAt} now={now} />
        <button
          type="button"
          onClick={onClose}
          aria-label="Close this action"
          className="rounded-md px-2 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          ✕
        </button>
      </header>
      <ArgumentsTable args={action.arguments} />
      <div className="mt-5 min-h-12 border-t border-slate-200 pt-4">
        {isLeaseLimit(claim.error) ? (
          <LeaseLimitWayOut itemId={item.id} onFreed={() => setAttempt((n) => n + 1)} />
        ) : claim.error !== undefined ? (
          <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {isQueueEmpty(claim.error)
              ? 'Someone else is handling this action (or it was just decided, or it needs another role).'
              : `Could not open this action: ${(claim.error as Error).message}`}
          </p>
        ) : !claim.task || !question || question.type !== 'approval' ? (
          <p className="text-sm text-slate-500">
            {schema.isError ? `Could not load the project: ${schema.error.message}` : 'Opening…'}
          </p>
        ) : (
          <DecisionForm
            task={claim.task}
            questionName={question.name}
            allowEdit={question.allowEdit !== false}
            requireReason={question.requireReason !== false}
            originalArguments={action.arguments}
            onSubmitted={done}
          />
        )}
      </div>
    </article>
  );
}

function ArgumentsTable({ args }: { args: unknown }) {
  if (typeof args !== 'object' || args === null || Array.isArray(args))
    return (
      <pre className="mt-4 overflow-auto rounded-lg bg-slate-50 p-3 text-xs">
        {JSON.stringify(args ?? null, null, 2)}
      </pre>
    );
  const entries = Object.entries(args);
  return (
    <table className="mt-4 w-full text-left text-sm">
      <caption className="mb-1 text-left text-xs font-medium text-slate-600">Arguments</caption>
      <tbody className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {entries.length === 0 && (
          <tr>
            <td className="px-3 py-2 text-slate-500">No arguments</td>
          </tr>
        )}
        {entries.map(([key, value]) => (
          <tr key={key} className="align-top">
            <th scope="row" className="w-40 bg-slate-50 px-3 py-2 font-mono text-xs font-medium text-slate-700">
              {key}
            </th>
            <td className="px-3 py-2 font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
              {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
