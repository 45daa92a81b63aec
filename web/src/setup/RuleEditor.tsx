import { useState } from 'react';
import { FieldGroup, NumberField, SelectField, TextField } from './Field';
import {
  ACTIONS,
  asList,
  type Condition,
  type Outcome,
  outcomeFor,
  type Risk,
  type Rule,
  WORK_ROLES,
} from './policyModel';

/** One routing rule: its name, the conditions that must all hold, and what happens then. */
export function RuleEditor({ path, rule, onChange }: { path: string; rule: Rule; onChange: (rule: Rule) => void }) {
  return (
    <div className="space-y-3">
      <TextField
        path={`${path}.name`}
        label="Rule name (optional)"
        value={rule.name ?? ''}
        onChange={(name) => onChange({ ...rule, name })}
      />
      <ConditionFields path={`${path}.when`} when={rule.when} onChange={(when) => onChange({ ...rule, when })} />
      <OutcomeFields
        path={`${path}.then`}
        legend="Then"
        outcome={rule.then}
        onChange={(then) => onChange({ ...rule, then })}
      />
    </div>
  );
}

export function OutcomeFields({
  path,
  legend,
  outcome,
  onChange,
}: {
  path: string;
  legend: string;
  outcome: Outcome;
  onChange: (outcome: Outcome) => void;
}) {
  return (
    <FieldGroup path={path} legend={legend} heading>
      <div className="mt-1 grid grid-cols-[2fr_1fr_1.3fr_1fr] gap-3">
        <SelectField
          path={`${path}.action`}
          label="Action"
          value={outcome.action}
          options={ACTIONS}
          onChange={(action) => onChange(outcomeFor(action))}
        />
        {(outcome.action === 'review' || outcome.action === 'escalate') && (
          <>
            <NumberField
              path={`${path}.k`}
              label="People (k)"
              step={1}
              value={outcome.k}
              onChange={(k) => onChange({ ...outcome, k })}
            />
            <SelectField
              path={`${path}.role`}
              label="Role"
              value={outcome.role ?? 'annotator'}
              options={WORK_ROLES}
              onChange={(role) => onChange({ ...outcome, role })}
            />
            <NumberField
              path={`${path}.priority`}
              label="Priority"
              step={1}
              value={outcome.priority}
              onChange={(priority) => onChange({ ...outcome, priority })}
            />
          </>
        )}
      </div>
    </FieldGroup>
  );
}

const RISKS: readonly Risk[] = ['low', 'medium', 'high'];
type Lower = 'gte' | 'gt';
type Upper = 'lte' | 'lt';

function ConditionFields({
  path,
  when,
  onChange,
}: {
  path: string;
  when: Condition;
  onChange: (when: Condition) => void;
}) {
  const c = when.confidence ?? {};
  const lowerOp: Lower = c.gt !== undefined ? 'gt' : 'gte';
  const upperOp: Upper = c.lt !== undefined ? 'lt' : 'lte';
  const setBound = (op: Lower | Upper, value: number | undefined, other: Lower | Upper) =>
    onChange({ ...when, confidence: { ...c, [other]: undefined, [op]: value } });
  const risks = asList(when.risk);
  const hasPrediction = when.hasPrediction === undefined ? 'any' : when.hasPrediction ? 'yes' : 'no';
  return (
    <FieldGroup path={path} legend="When" heading>
      <p className="text-xs text-slate-500">
        Every condition that is set must hold; with none set, the rule always matches.
      </p>
      <div className="mt-1 grid grid-cols-2 gap-3">
        <FieldGroup path={`${path}.confidence`} legend="Model confidence" className="col-span-full">
          <div className="mt-1 flex items-end gap-2">
            <SelectField
              path={`${path}.confidence.lowerOp`}
              label="Lower bound"
              value={lowerOp}
              options={
                [
                  ['gte', '≥'],
                  ['gt', '>'],
                ] as const
              }
              onChange={(op) => setBound(op, c[lowerOp], lowerOp)}
              className="w-24"
            />
            <NumberField
              path={`${path}.confidence.${lowerOp}`}
              label="Lower value (0–1)"
              value={c[lowerOp]}
              onChange={(v) => setBound(lowerOp, v, lowerOp === 'gte' ? 'gt' : 'gte')}
              className="w-28"
            />
            <SelectField
              path={`${path}.confidence.upperOp`}
              label="Upper bound"
              value={upperOp}
              options={
                [
                  ['lte', '≤'],
                  ['lt', '<'],
                ] as const
              }
              onChange={(op) => setBound(op, c[upperOp], upperOp)}
              className="ml-4 w-24"
            />
            <NumberField
              path={`${path}.confidence.${upperOp}`}
              label="Upper value (0–1)"
              value={c[upperOp]}
              onChange={(v) => setBound(upperOp, v, upperOp === 'lte' ? 'lt' : 'lte')}
              className="w-28"
            />
          </div>
        </FieldGroup>
        <FieldGroup path={`${path}.risk`} legend="Risk is one of">
          <div className="mt-2 flex gap-4">
            {RISKS.map((risk) => (
              <label key={risk} className="flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={risks.includes(risk)}
                  onChange={(e) =>
                    onChange({ ...when, risk: e.target.checked ? [...risks, risk] : risks.filter((r) => r !== risk) })
                  }
                  className="h-4 w-4 accent-brand-600"
                />
                {risk}
              </label>
            ))}
          </div>
        </FieldGroup>
        <SelectField
          path={`${path}.hasPrediction`}
          label="Has a prediction"
          value={hasPrediction}
          options={
            [
              ['any', 'Either'],
              ['yes', 'Yes'],
              ['no', 'No'],
            ] as const
          }
          onChange={(v) => onChange({ ...when, hasPrediction: v === 'any' ? undefined : v === 'yes' })}
        />
        <ListTextField
          path={`${path}.tags.any`}
          label="Has any of the tags"
          value={when.tags?.any}
          onChange={(any) => onChange({ ...when, tags: { ...when.tags, any } })}
        />
        <ListTextField
          path={`${path}.tags.all`}
          label="Has all of the tags"
          value={when.tags?.all}
          onChange={(all) => onChange({ ...when, tags: { ...when.tags, all } })}
        />
      </div>
    </FieldGroup>
  );
}

/** Comma-separated words; the typed text is kept so a trailing comma survives while typing. */
function ListTextField({
  path,
  label,
  value,
  onChange,
}: {
  path: string;
  label: string;
  value: string[] | undefined;
  onChange: (list: string[] | undefined) => void;
}) {
  const [text, setText] = useState(() => (value ?? []).join(', '));
  return (
    <TextField
      path={path}
      label={label}
      hint="Comma-separated"
      value={text}
      onChange={(next) => {
        setText(next);
        const list = next
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        onChange(list.length > 0 ? list : undefined);
      }}
    />
  );
}
