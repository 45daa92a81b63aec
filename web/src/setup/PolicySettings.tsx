import { CheckboxField, FieldGroup, NumberField, SelectField } from './Field';
import { DEFAULT_ORDERING, ORDERING_STRATEGIES, type Policy, UNCERTAINTY_MEASURES, WORK_ROLES } from './policyModel';

type Props = { policy: Policy; set: (patch: Partial<Policy>) => void };

/** Audit rate, lease, blind review and consensus settings of a policy. */
export function QueueSettings({ policy, set }: Props) {
  const { consensus } = policy;
  return (
    <section aria-labelledby="policy-queue" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="policy-queue" className="text-base font-semibold">
        Queue and consensus
      </h2>
      <div className="mt-3 grid grid-cols-3 gap-4">
        <NumberField
          path="auditRate"
          label="Audit rate (0–1)"
          hint="Share of auto-accepted items also reviewed"
          value={policy.auditRate}
          onChange={(auditRate) => set({ auditRate: auditRate as number })}
        />
        <NumberField
          path="leaseSeconds"
          label="Lease (seconds)"
          hint="How long a claimed task stays yours"
          step={1}
          value={policy.leaseSeconds}
          onChange={(leaseSeconds) => set({ leaseSeconds: leaseSeconds as number })}
        />
        <CheckboxField
          path="blind"
          label="Blind review (hide predictions)"
          checked={policy.blind === true}
          onChange={(blind) => set({ blind })}
          className="self-center"
        />
        <NumberField
          path="consensus.threshold"
          label="Consensus threshold (0–1)"
          hint="At or above: decided; below: adjudication"
          value={consensus.threshold}
          onChange={(threshold) => set({ consensus: { ...consensus, threshold: threshold as number } })}
        />
        <SelectField
          path="consensus.ratingAggregate"
          label="Rating aggregate"
          value={consensus.ratingAggregate}
          options={
            [
              ['mean', 'Mean'],
              ['median', 'Median'],
            ] as const
          }
          onChange={(ratingAggregate) => set({ consensus: { ...consensus, ratingAggregate } })}
        />
        <SelectField
          path="consensus.adjudicatorRole"
          label="Adjudicator role"
          value={consensus.adjudicatorRole}
          options={WORK_ROLES}
          onChange={(adjudicatorRole) => set({ consensus: { ...consensus, adjudicatorRole } })}
        />
      </div>
    </section>
  );
}

/** What happens to an agent action nobody decides in time (approval projects). */
export function ApprovalSettings({ policy, set }: Props) {
  const { approval } = policy;
  return (
    <section aria-labelledby="policy-approval" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="policy-approval" className="text-base font-semibold">
        Agent approvals
      </h2>
      <FieldGroup path="approval" legend="When nobody decides in time" className="mt-2">
        <CheckboxField
          path="approval.enabled"
          label="Apply a default outcome after a timeout"
          checked={approval !== undefined}
          onChange={(on) =>
            set({
              approval: on ? { timeoutSeconds: 300, defaultOutcome: 'reject', escalateRole: 'expert' } : undefined,
            })
          }
        />
        {approval && (
          <div className="mt-3 grid grid-cols-3 gap-4">
            <NumberField
              path="approval.timeoutSeconds"
              label="Timeout (seconds)"
              step={1}
              value={approval.timeoutSeconds}
              onChange={(timeoutSeconds) =>
                set({ approval: { ...approval, timeoutSeconds: timeoutSeconds as number } })
              }
            />
            <SelectField
              path="approval.defaultOutcome"
              label="Then"
              value={approval.defaultOutcome}
              options={
                [
                  ['reject', 'Reject'],
                  ['approve', 'Approve'],
                  ['escalate', 'Escalate'],
                ] as const
              }
              onChange={(defaultOutcome) => set({ approval: { ...approval, defaultOutcome } })}
            />
            {approval.defaultOutcome === 'escalate' && (
              <SelectField
                path="approval.escalateRole"
                label="Escalate to"
                value={approval.escalateRole ?? 'expert'}
                options={WORK_ROLES}
                onChange={(escalateRole) => set({ approval: { ...approval, escalateRole } })}
              />
            )}
          </div>
        )}
      </FieldGroup>
    </section>
  );
}

/**
 * The order in which people get open items (issue 12 point 2). Uncertainty orders need
 * predictions: the built-in model's (refreshed after each retraining) or the items' own.
 */
export function OrderingSettings({ policy, set }: Props) {
  const ordering = policy.ordering ?? DEFAULT_ORDERING;
  const uncertain = ordering.strategy === 'uncertainty' || ordering.strategy === 'uncertainty_diversity';
  return (
    <section aria-labelledby="policy-ordering" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="policy-ordering" className="text-base font-semibold">
        Queue order
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Within a priority, which open item people get next. Switching re-orders the items already queued.
      </p>
      <div className="mt-3 grid grid-cols-3 gap-4">
        <SelectField
          path="ordering.strategy"
          label="Order items by"
          value={ordering.strategy}
          options={ORDERING_STRATEGIES}
          onChange={(strategy) => set({ ordering: { ...ordering, strategy } })}
        />
        {uncertain && (
          <SelectField
            path="ordering.measure"
            label="Uncertainty measure"
            value={ordering.measure}
            options={UNCERTAINTY_MEASURES}
            onChange={(measure) => set({ ordering: { ...ordering, measure } })}
          />
        )}
        {uncertain && (
          <NumberField
            path="ordering.exploration"
            label="Exploration share (0–1)"
            hint="Items placed at random instead, so the model also sees what it is sure about"
            value={ordering.exploration}
            onChange={(exploration) => set({ ordering: { ...ordering, exploration: exploration as number } })}
          />
        )}
      </div>
    </section>
  );
}
