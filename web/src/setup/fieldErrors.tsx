import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef } from 'react';
import type { ApiError, FieldIssue } from '../api/client';

/**
 * Puts the server's field errors next to the inputs they name. Every input registers its path
 * (`labelSchema.questions.0.options.1.value`, `rules.0.then.k`); each error goes to the deepest
 * registered path that is it or one of its ancestors, so `…labels.7` still lands on the labels
 * field and `rules.0.when.confidence` on the confidence group.
 */
interface FieldErrorsValue {
  readonly scope: string;
  readonly issues: readonly FieldIssue[];
  readonly register: (path: string) => () => void;
  readonly ownerOf: (issue: FieldIssue) => string | undefined;
}

const FieldErrorsContext = createContext<FieldErrorsValue | null>(null);

export const fieldId = (scope: string, path: string) =>
  `${scope}-${path.replace(/\./g, '-').replace(/[^\w-]/g, '_') || 'root'}`;

function ancestors(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

export function FieldErrorsProvider({
  scope,
  error,
  children,
}: {
  scope: string;
  error: ApiError | null | undefined;
  children: ReactNode;
}) {
  const registered = useRef(new Map<string, number>());
  const value = useMemo<FieldErrorsValue>(
    () => ({
      scope,
      issues: error?.details ?? [],
      register(path) {
        registered.current.set(path, (registered.current.get(path) ?? 0) + 1);
        return () => {
          const left = (registered.current.get(path) ?? 1) - 1;
          if (left > 0) registered.current.set(path, left);
          else registered.current.delete(path);
        };
      },
      ownerOf: (issue) => ancestors(issue.path).find((p) => registered.current.has(p)),
    }),
    [scope, error],
  );
  return <FieldErrorsContext.Provider value={value}>{children}</FieldErrorsContext.Provider>;
}

function useFieldErrors(): FieldErrorsValue {
  const value = useContext(FieldErrorsContext);
  if (!value) throw new Error('useField needs a FieldErrorsProvider');
  return value;
}

/** Wires one input to its path: its id, aria-invalid, aria-describedby and the messages for it. */
export function useField(path: string, hasHint = false) {
  const { scope, issues, register, ownerOf } = useFieldErrors();
  useEffect(() => register(path), [register, path]);
  const id = fieldId(scope, path);
  const messages = issues.filter((issue) => ownerOf(issue) === path).map((issue) => describeIssue(issue, path));
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hasHint ? hintId : undefined, messages.length > 0 ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return {
    id,
    errorId,
    hintId,
    messages,
    inputProps: { id, 'aria-invalid': messages.length > 0 || undefined, 'aria-describedby': describedBy },
  };
}

/** A message for a path below the field says which part it is about ("labels.7: not on the scale"). */
function describeIssue(issue: FieldIssue, ownerPath: string): string {
  const rest = issue.path.slice(ownerPath.length + 1);
  return rest ? `${rest}: ${issue.message}` : issue.message;
}

export function FieldMessage({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {messages.join('; ')}
    </p>
  );
}

/** "labelSchema.questions.0.options.1.value" → "Question 1 › option 2 › value". */
export function readablePath(path: string): string {
  const nouns: Record<string, string> = {
    questions: 'Question',
    options: 'option',
    criteria: 'criterion',
    rules: 'Rule',
    fields: 'field',
    userIds: 'member',
  };
  const parts = path.split('.').filter((p) => p !== 'labelSchema' && p !== 'then' && p !== 'when');
  const words: string[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (/^\d+$/.test(part) && previous && nouns[previous]) words[words.length - 1] = `${nouns[previous]} ${+part + 1}`;
    else words.push(part);
  });
  const text = words.map((w) => w.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b.toLowerCase()}`)).join(' › ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Form';
}

/** The problems of the last save, as links that move focus to the field that has each one. */
export function ErrorSummary({ error, title }: { error: ApiError | null | undefined; title: string }) {
  const { scope, ownerOf } = useFieldErrors();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (!error) return null;
  const issues = error.details.length > 0 ? error.details : [{ path: '', message: error.message }];
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${scope}-summary-title`}
      className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800"
    >
      <h2 id={`${scope}-summary-title`} className="font-semibold">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {issues.map((issue) => {
          const owner = ownerOf(issue);
          const label = issue.path ? `${readablePath(issue.path)}: ${issue.message}` : issue.message;
          return (
            <li key={`${issue.path}:${issue.message}`}>
              {owner === undefined ? (
                label
              ) : (
                <a
                  href={`#${fieldId(scope, owner)}`}
                  className="underline hover:text-red-950"
                  onClick={(event) => {
                    event.preventDefault();
                    const target = document.getElementById(fieldId(scope, owner));
                    target?.focus();
                    target?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {label}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
