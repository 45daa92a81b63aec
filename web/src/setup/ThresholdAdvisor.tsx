import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { got, tandem } from '../api/client';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The threshold advisor (issue 12, point 3): from predictions people have since judged, the
 * lowest auto-accept threshold whose error stays within a target, with its 95 % interval, and a
 * button that puts it into the policy being edited (saved with the rest of the form).
 */
export function ThresholdAdvisor({
  slug,
  onApply,
  calibrate,
  onCalibrate,
}: {
  slug: string;
  onApply: (threshold: number) => void;
  /** The policy's `model.calibrate` (issue 12 point 3). */
  calibrate: boolean;
  onCalibrate: (on: boolean) => void;
}) {
  const id = useId();
  const [target, setTarget] = useState(1);
  const report = useQuery({
    queryKey: ['calibration', slug, target],
    queryFn: () =>
      got(
        tandem.GET('/api/projects/{project}/model/calibration', {
          params: { path: { project: slug }, query: { targetError: target / 100 } },
        }),
      ),
    retry: false,
  });
  const advice = report.data?.suggested;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Auto-accept threshold advisor
      </h2>
      <label className="mt-3 flex items-center gap-2 text-sm">
        Target error among auto-accepted items (%)
        <input
          type="number"
          min={0}
          max={50}
          step={0.1}
          value={target}
          onChange={(e) => setTarget(Number(e.target.value))}
          className="w-20 rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <p role="status" className="mt-3 text-sm text-slate-700">
        {report.isPending
          ? 'Reading the calibration…'
          : report.isError
            ? `No advice: ${report.error.message}`
            : advice
              ? `At ≥ ${advice.threshold.toFixed(3)}${report.data.recalibrated ? ' (calibrated confidence)' : ''}: ${pct(advice.autoAcceptedShare)} auto-accepted, estimated error ${pct(advice.estimatedError)} [${pct(advice.errorInterval.low)}, ${pct(advice.errorInterval.high)}] (${report.data.all.judged} predictions judged by people)`
              : `No threshold keeps the error within ${target} % yet (${report.data.all.judged} predictions judged by people).`}
      </p>
      <label className="mt-3 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={calibrate}
          onChange={(e) => onCalibrate(e.target.checked)}
          className="h-4 w-4 accent-brand-600"
        />
        Recalibrate the built-in model's confidences (isotonic, from held-out human decisions) from its next version on
      </label>
      {advice && (
        <button
          type="button"
          onClick={() => onApply(advice.threshold)}
          className="mt-3 rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Auto-accept at ≥ {advice.threshold.toFixed(3)}
        </button>
      )}
    </section>
  );
}
