import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Question } from '../../api/types';
import { isKey, isPlainKey, useKeydown } from './hotkeys';
import { FOCUS_RING, formatJson, Kbd, leaveField } from './parts';
import type { WidgetProps } from './types';

type Approval = Extract<Question, { type: 'approval' }>;
type Decision = 'approve' | 'reject' | 'edit';

interface ApprovalValue {
  decision?: Decision;
  reason?: string;
  arguments?: Record<string, unknown>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The edited arguments, or why the text is not a JSON object. */
export function parseArguments(text: string): { value: Record<string, unknown> } | { problem: string } {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? { value } : { problem: 'The arguments must be a JSON object: { "name": value, … }' };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : 'Not valid JSON' };
  }
}

const BUTTONS: { decision: Decision; label: string; key: string; tone: string }[] = [
  { decision: 'approve', label: 'Approve', key: 'A', tone: 'border-emerald-600 bg-emerald-600 text-white' },
  { decision: 'reject', label: 'Reject', key: 'R', tone: 'border-red-600 bg-red-600 text-white' },
  { decision: 'edit', label: 'Edit arguments', key: 'E', tone: 'border-brand-600 bg-brand-600 text-white' },
];

/**
 * An agent's pending action `data[field ?? 'action']` = `{tool, arguments}`: approve it (A), reject
 * it with a reason (R), or edit its arguments as JSON (E) with live validity feedback.
 */
export function ApprovalWidget({ question, data, value, onChange, active, readOnly, error }: WidgetProps<Approval>) {
  const id = useId();
  const action = data[question.field ?? 'action'];
  const tool = isObject(action) && typeof action.tool === 'string' ? action.tool : undefined;
  const originalArgs = isObject(action) && isObject(action.arguments) ? action.arguments : {};
  const answer: ApprovalValue = isObject(value) ? (value as ApprovalValue) : {};
  const allowEdit = question.allowEdit ?? true;
  const requireReason = question.requireReason ?? true;
  const [text, setText] = useState(() => formatJson(answer.arguments ?? originalArgs));
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const argsRef = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef<'reject' | 'edit' | null>(null);
  const parsed = parseArguments(text);

  // Undo or "use this answer" may replace the arguments: show them unless the text already says so.
  useEffect(() => {
    if (!answer.arguments) return;
    setText((current) => {
      const mine = parseArguments(current);
      return 'value' in mine && JSON.stringify(mine.value) === JSON.stringify(answer.arguments)
        ? current
        : formatJson(answer.arguments);
    });
  }, [answer.arguments]);

  /** `focus`: hotkeys put the cursor in the reason or the JSON at once (arrow keys on the radios do not). */
  const choose = (decision: Decision, focus = false) => {
    if (decision === 'approve') onChange({ decision });
    if (decision === 'reject') onChange({ decision, reason: answer.reason ?? '' });
    if (decision === 'edit') {
      const edited = parseArguments(text);
      onChange('value' in edited ? { decision, arguments: edited.value } : { decision });
    }
    if (focus && decision !== 'approve') focusNext.current = decision;
  };
  // Focus once the field is rendered, before the next key press arrives.
  useLayoutEffect(() => {
    const field = focusNext.current === 'reject' ? reasonRef : focusNext.current === 'edit' ? argsRef : null;
    if (!field?.current) return;
    focusNext.current = null;
    field.current.focus();
  });
  useKeydown(active && !readOnly, (event) => {
    if (!isPlainKey(event)) return false;
    const button = BUTTONS.find((b) => isKey(event, b.key) && (b.decision !== 'edit' || allowEdit));
    if (!button) return false;
    choose(button.decision, true);
    return true;
  });

  const fieldClass =
    'mt-1 w-full rounded-lg border px-3 py-2 font-mono text-xs leading-relaxed focus:outline-none focus:ring-2 focus:ring-brand-100';
  return (
    <div className="grid gap-3">
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <div className="text-xs font-medium tracking-wide text-slate-500 uppercase">The agent wants to call</div>
        <div className="mt-0.5 font-mono text-base font-semibold text-slate-900">{tool ?? 'an unnamed tool'}</div>
        <pre className="mt-2 max-h-64 overflow-auto rounded bg-white p-2 font-mono text-xs leading-relaxed text-slate-800">
          {formatJson(originalArgs)}
        </pre>
      </div>
      <fieldset className="flex min-w-0 flex-wrap gap-2">
        <legend className="sr-only">{question.title ?? question.name}</legend>
        {BUTTONS.filter((b) => b.decision !== 'edit' || allowEdit).map((b) => {
          const checked = answer.decision === b.decision;
          return (
            <label
              key={b.decision}
              className={`flex items-center gap-2 rounded-lg border px-3 py-1.5 text-sm font-medium ${FOCUS_RING} ${
                checked ? b.tone : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
              } ${readOnly ? '' : 'cursor-pointer'}`}
            >
              <input
                type="radio"
                name={id}
                checked={checked}
                disabled={readOnly}
                onChange={() => choose(b.decision)}
                className="sr-only"
              />
              {b.label}
              {!readOnly && <Kbd>{b.key}</Kbd>}
            </label>
          );
        })}
      </fieldset>
      {answer.decision === 'reject' && (
        <label className="block text-sm text-slate-700" htmlFor={`${id}-reason`}>
          Reason {requireReason ? <span className="text-red-700">(required)</span> : '(optional)'}
          <textarea
            id={`${id}-reason`}
            ref={reasonRef}
            rows={3}
            value={answer.reason ?? ''}
            readOnly={readOnly}
            onKeyDown={leaveField}
            onChange={(event) => onChange({ decision: 'reject', reason: event.target.value })}
            placeholder="Tell the agent why, so it can do better next time"
            className={`${fieldClass} font-sans text-sm ${error ? 'border-red-400' : 'border-slate-300'}`}
          />
        </label>
      )}
      {answer.decision === 'edit' && (
        <label className="block text-sm text-slate-700" htmlFor={`${id}-args`}>
          Arguments (JSON)
          <textarea
            id={`${id}-args`}
            ref={argsRef}
            rows={Math.min(14, Math.max(4, text.split('\n').length + 1))}
            value={text}
            readOnly={readOnly}
            spellCheck={false}
            aria-invalid={'problem' in parsed || undefined}
            aria-describedby={`${id}-json`}
            onKeyDown={leaveField}
            onChange={(event) => {
              setText(event.target.value);
              const edited = parseArguments(event.target.value);
              onChange('value' in edited ? { decision: 'edit', arguments: edited.value } : { decision: 'edit' });
            }}
            className={`${fieldClass} ${'problem' in parsed ? 'border-red-400' : 'border-emerald-500'}`}
          />
          <span
            id={`${id}-json`}
            role="status"
            className={`mt-1 block text-xs ${'problem' in parsed ? 'text-red-700' : 'text-emerald-700'}`}
          >
            {'problem' in parsed ? `Not valid yet: ${parsed.problem}` : '✓ Valid JSON object'}
          </span>
        </label>
      )}
    </div>
  );
}
