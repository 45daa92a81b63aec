import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { type ApiError, got, inProject, tandem } from '../api/client';
import type { LabelSchema } from '../api/types';
import { ErrorSummary, FieldErrorsProvider } from './fieldErrors';
import { iconButton, smallButton } from './ListEditors';
import { PolicyPreviewPanel } from './PolicyPreviewPanel';
import { ApprovalSettings, OrderingSettings, QueueSettings } from './PolicySettings';
import { cleanPolicy, EMPTY_POLICY, type Policy } from './policyModel';
import { QualitySettings } from './QualitySettings';
import { OutcomeFields, RuleEditor } from './RuleEditor';
import { ThresholdAdvisor } from './ThresholdAdvisor';

interface PolicyView {
  version: number;
  policy: Policy;
  createdAt: string | null;
}

/** Loads the current policy version and edits it; saving stores a new version. */
export function PolicySection({ slug, schema }: { slug: string; schema: LabelSchema }) {
  const current = useQuery({
    queryKey: ['policy', slug],
    queryFn: () => got(tandem.GET('/api/projects/{project}/policy', inProject(slug))),
  });
  if (current.isPending)
    return (
      <div className="h-96 animate-pulse rounded-xl bg-slate-100" role="status">
        <span className="sr-only">Loading policy…</span>
      </div>
    );
  if (current.isError)
    return (
      <p role="alert" className="text-red-700">
        Could not load the policy: {current.error.message}
      </p>
    );
  return (
    <PolicyForm
      key={slug}
      slug={slug}
      view={current.data}
      hasApproval={schema.questions.some((q) => q.type === 'approval')}
    />
  );
}

function PolicyForm({ slug, view, hasApproval }: { slug: string; view: PolicyView; hasApproval: boolean }) {
  const client = useQueryClient();
  const [policy, setPolicy] = useState<Policy>({ ...EMPTY_POLICY, ...view.policy });
  const nextKey = useRef(view.policy.rules.length);
  const [keys, setKeys] = useState(() => view.policy.rules.map((_, i) => i));
  const save = useMutation<PolicyView, ApiError, Policy>({
    mutationFn: (body) =>
      got(tandem.PUT('/api/projects/{project}/policy', { ...inProject(slug), body: cleanPolicy(body) })),
    onSuccess: (saved) => client.setQueryData(['policy', slug], saved),
  });
  const set = (patch: Partial<Policy>) => setPolicy((p) => ({ ...p, ...patch }));
  const setRules = (rules: Policy['rules'], nextKeys: number[]) => {
    setKeys(nextKeys);
    set({ rules });
  };
  // The advisor's rule goes first (or is updated in place), so it decides before any other rule.
  const applyThreshold = (threshold: number) => {
    const at = policy.rules.findIndex((r) => r.name === ADVISOR_RULE);
    const rule = {
      name: ADVISOR_RULE,
      when: { confidence: { gte: threshold } },
      then: { action: 'auto_accept' as const },
    };
    if (at >= 0)
      setRules(
        policy.rules.map((r, i) => (i === at ? rule : r)),
        keys,
      );
    else setRules([rule, ...policy.rules], [nextKey.current++, ...keys]);
  };
  const move = (index: number, to: number) => {
    const rules = [...policy.rules];
    const k = [...keys];
    rules.splice(to, 0, ...rules.splice(index, 1));
    k.splice(to, 0, ...k.splice(index, 1));
    setRules(rules, k);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(policy);
  };
  return (
    <FieldErrorsProvider scope="policy" error={save.error}>
      <form noValidate onSubmit={submit} className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-6">
          <ErrorSummary error={save.error} title="The policy was not saved. Please fix:" />
          <section aria-labelledby="policy-rules" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="policy-rules" className="text-base font-semibold">
              Rules
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              Checked in order when an item arrives; the first that matches decides.
            </p>
            <ol className="mt-3 space-y-4">
              {policy.rules.map((rule, index) => (
                <li key={keys[index] ?? index} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4">
                  <div className="mb-2 flex items-center gap-2">
                    <h3 className="flex-1 text-sm font-semibold">Rule {index + 1}</h3>
                    <button
                      type="button"
                      className={iconButton}
                      disabled={index === 0}
                      aria-label={`Move rule ${index + 1} up`}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={iconButton}
                      disabled={index === policy.rules.length - 1}
                      aria-label={`Move rule ${index + 1} down`}
                      onClick={() => move(index, index + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={iconButton}
                      aria-label={`Remove rule ${index + 1}`}
                      onClick={() =>
                        setRules(
                          policy.rules.filter((_, i) => i !== index),
                          keys.filter((_, i) => i !== index),
                        )
                      }
                    >
                      ✕
                    </button>
                  </div>
                  <RuleEditor
                    path={`rules.${index}`}
                    rule={rule}
                    onChange={(next) =>
                      setRules(
                        policy.rules.map((r, i) => (i === index ? next : r)),
                        keys,
                      )
                    }
                  />
                </li>
              ))}
            </ol>
            <button
              type="button"
              className={`${smallButton} mt-3`}
              onClick={() =>
                setRules(
                  [...policy.rules, { when: {}, then: { action: 'review', k: 1, role: 'annotator', priority: 0 } }],
                  [...keys, nextKey.current++],
                )
              }
            >
              Add rule
            </button>
            <div className="mt-5 border-t border-slate-200 pt-4">
              <OutcomeFields
                path="default"
                legend="Otherwise (no rule matched)"
                outcome={policy.default}
                onChange={(outcome) => set({ default: outcome })}
              />
            </div>
          </section>
          <ThresholdAdvisor
            slug={slug}
            onApply={applyThreshold}
            calibrate={policy.model?.calibrate === 'isotonic'}
            onCalibrate={(on) => set({ model: { ...policy.model, calibrate: on ? 'isotonic' : 'none' } })}
          />
          <QueueSettings policy={policy} set={set} />
          <OrderingSettings policy={policy} set={set} />
          <QualitySettings policy={policy} set={set} />
          <PolicyPreviewPanel slug={slug} policy={policy} />
          {(hasApproval || policy.approval) && <ApprovalSettings policy={policy} set={set} />}
          <div className="sticky bottom-0 z-10 flex items-center gap-3 rounded-xl border border-slate-200 bg-white/95 px-4 py-3 shadow-md backdrop-blur">
            <button
              type="submit"
              disabled={save.isPending}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {save.isPending ? 'Saving…' : 'Save policy'}
            </button>
            <p role="status" className="text-sm text-slate-600">
              {save.isSuccess ? `Saved as version ${save.data.version}.` : ''}
            </p>
          </div>
        </div>
        <PolicyVersionNote view={view} />
      </form>
    </FieldErrorsProvider>
  );
}

const ADVISOR_RULE = 'Auto-accept confident predictions (advisor)';

function PolicyVersionNote({ view }: { view: PolicyView }) {
  return (
    <aside
      aria-labelledby="policy-version"
      className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-600 shadow-sm lg:sticky lg:top-4"
    >
      <h2 id="policy-version" className="text-sm font-semibold text-slate-900">
        Version {view.version}
      </h2>
      <p className="mt-1">
        {view.version === 0
          ? 'The built-in default: every item is reviewed once by an annotator.'
          : `Saved ${view.createdAt ? new Date(view.createdAt).toLocaleString() : ''}.`}
      </p>
      <p className="mt-2">
        Saving stores a new version. Items routed from then on record it; items already queued keep theirs.
      </p>
    </aside>
  );
}
