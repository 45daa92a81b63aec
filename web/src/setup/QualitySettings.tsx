import { CheckboxField, FieldGroup, NumberField, SelectField } from './Field';
import type { Policy } from './policyModel';

/** The quality part of a policy (mirrors `Quality` and `consensus.method` in src/routing/contracts.ts). */
export interface QualityPolicy {
  goldRate: number;
  pauseBelowAccuracy: number;
  pauseAfterGold: number;
  rubberStamp: { minWrongPrelabels: number; maxAcceptRate: number };
  minSecondsPerTask: number;
  fatigue?: { maxTasksPerSession?: number; maxSessionMinutes?: number; breakMinutes: number };
}

type ConsensusMethod = 'majority' | 'weighted' | 'dawid_skene';
type WithQuality = Policy & { quality?: QualityPolicy; consensus: Policy['consensus'] & { method?: ConsensusMethod } };

/** The server's defaults, for a policy read before these settings existed. */
const DEFAULT_QUALITY: QualityPolicy = {
  goldRate: 0.1,
  pauseBelowAccuracy: 0,
  pauseAfterGold: 10,
  rubberStamp: { minWrongPrelabels: 5, maxAcceptRate: 0.5 },
  minSecondsPerTask: 2,
};

const METHODS = [
  ['majority', 'Majority vote'],
  ['weighted', 'Majority weighted by gold accuracy'],
  ['dawid_skene', 'Dawid-Skene (learns each person’s confusion)'],
] as const;

/**
 * Quality control in the policy form (issue 9, point 15): how choice answers are combined, how
 * much gold is mixed in, when a person is paused, rubber-stamp and speed flags, and breaks.
 * These were reachable only through the API before.
 */
export function QualitySettings({ policy, set }: { policy: WithQuality; set: (patch: Partial<WithQuality>) => void }) {
  const quality = { ...DEFAULT_QUALITY, ...policy.quality };
  const setQuality = (patch: Partial<QualityPolicy>) => set({ quality: { ...quality, ...patch } });
  const method = policy.consensus.method ?? 'majority';
  const { fatigue } = quality;
  return (
    <section aria-labelledby="policy-quality" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="policy-quality" className="text-base font-semibold">
        Quality control
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Gold items are items added with a known answer; they are mixed into everyone's queue to measure accuracy.
      </p>
      <div className="mt-3 grid grid-cols-3 gap-4">
        <SelectField
          path="consensus.method"
          label="Combine choice answers by"
          value={method}
          options={METHODS}
          onChange={(next) => set({ consensus: { ...policy.consensus, method: next } })}
          className="col-span-2"
        />
        <NumberField
          path="quality.goldRate"
          label="Gold rate (0–1)"
          hint="Share of each person's tasks served from gold"
          value={quality.goldRate}
          onChange={(goldRate) => setQuality({ goldRate: goldRate as number })}
        />
        <NumberField
          path="quality.pauseBelowAccuracy"
          label="Pause below accuracy (0–1)"
          hint="0: never pause anyone"
          value={quality.pauseBelowAccuracy}
          onChange={(pauseBelowAccuracy) => setQuality({ pauseBelowAccuracy: pauseBelowAccuracy as number })}
        />
        <NumberField
          path="quality.pauseAfterGold"
          label="…after this many gold items"
          step={1}
          value={quality.pauseAfterGold}
          onChange={(pauseAfterGold) => setQuality({ pauseAfterGold: pauseAfterGold as number })}
        />
        <NumberField
          path="quality.minSecondsPerTask"
          label="Too fast below (seconds)"
          hint="Flags a median time per task below this"
          value={quality.minSecondsPerTask}
          onChange={(minSecondsPerTask) => setQuality({ minSecondsPerTask: minSecondsPerTask as number })}
        />
        <NumberField
          path="quality.rubberStamp.minWrongPrelabels"
          label="Rubber-stamp check after"
          hint="wrong pre-labels shown on gold"
          step={1}
          value={quality.rubberStamp.minWrongPrelabels}
          onChange={(n) => setQuality({ rubberStamp: { ...quality.rubberStamp, minWrongPrelabels: n as number } })}
        />
        <NumberField
          path="quality.rubberStamp.maxAcceptRate"
          label="…flag when accepting more than (0–1)"
          value={quality.rubberStamp.maxAcceptRate}
          onChange={(rate) => setQuality({ rubberStamp: { ...quality.rubberStamp, maxAcceptRate: rate as number } })}
        />
      </div>
      <FieldGroup path="quality.fatigue" legend="Breaks" className="mt-4">
        <CheckboxField
          path="quality.fatigue.enabled"
          label="Ask people to take a break"
          checked={fatigue !== undefined}
          onChange={(on) => setQuality({ fatigue: on ? { maxTasksPerSession: 200, breakMinutes: 10 } : undefined })}
        />
        {fatigue && (
          <div className="mt-3 grid grid-cols-3 gap-4">
            <NumberField
              path="quality.fatigue.maxTasksPerSession"
              label="After this many tasks"
              step={1}
              value={fatigue.maxTasksPerSession}
              onChange={(n) => setQuality({ fatigue: { ...fatigue, maxTasksPerSession: n } })}
            />
            <NumberField
              path="quality.fatigue.maxSessionMinutes"
              label="…or minutes of work"
              step={1}
              value={fatigue.maxSessionMinutes}
              onChange={(n) => setQuality({ fatigue: { ...fatigue, maxSessionMinutes: n } })}
            />
            <NumberField
              path="quality.fatigue.breakMinutes"
              label="Break (minutes)"
              step={1}
              value={fatigue.breakMinutes}
              onChange={(n) => setQuality({ fatigue: { ...fatigue, breakMinutes: n as number } })}
            />
          </div>
        )}
      </FieldGroup>
    </section>
  );
}
