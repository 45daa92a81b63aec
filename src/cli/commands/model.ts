import { Command } from 'commander';
import { got } from '../client.js';
import { clientFor } from '../connection.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** `tandem model train|versions|calibration <project>`: the built-in model over the HTTP API. */
export function modelCommand(): Command {
  const model = new Command('model').description("A project's built-in model: train it, its versions, its calibration");
  model
    .command('train <project>')
    .description('Queue a training run on the human decisions so far')
    .option('-q, --question <name>', 'single-choice question (default: the first)')
    .action(async (project: string, flags: { question?: string }, command: Command) => {
      const result = await got(
        clientFor(command).POST('/api/projects/{project}/model/train', {
          params: { path: { project } },
          body: flags.question ? { question: flags.question } : {},
        }),
      );
      process.stdout.write(
        result.jobId === null
          ? `A training run for ${result.question} was already queued\n`
          : `Training ${result.question}: job ${result.jobId} queued\n`,
      );
    });
  model
    .command('versions <project>')
    .description('Every model version: labels used and held-out accuracy')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const { versions } = await got(
        clientFor(command).GET('/api/projects/{project}/model/versions', { params: { path: { project } } }),
      );
      if (versions.length === 0) process.stdout.write('No model trained yet\n');
      for (const v of versions) {
        const accuracy = v.heldOutAccuracy === null ? 'n/a' : pct(v.heldOutAccuracy);
        process.stdout.write(`${v.question} v${v.version}: ${v.labelsUsed} labels, held-out accuracy ${accuracy}\n`);
      }
    });
  model
    .command('calibration <project>')
    .description('Accuracy by confidence band and the auto-accept threshold for a target error')
    .option('-e, --target-error <rate>', 'highest acceptable error among auto-accepted items', '0.01')
    .option('--json', 'print the whole report as JSON')
    .action(async (project: string, flags: { targetError: string; json?: boolean }, command: Command) => {
      const report = await got(
        clientFor(command).GET('/api/projects/{project}/model/calibration', {
          params: {
            path: { project },
            // The flag as typed (a string on the wire either way): the server checks it.
            query: { targetError: flags.targetError as unknown as number },
          },
        }),
      );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const all = report.all;
      process.stdout.write(`${report.question}: ${all.judged} predictions judged by people\n`);
      for (const b of all.bands) {
        process.stdout.write(
          `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.count} items, ${pct(b.accuracy)} right (confidence ${pct(b.meanConfidence)})\n`,
        );
      }
      if (all.expectedCalibrationError !== null) process.stdout.write(`  ECE ${pct(all.expectedCalibrationError)}\n`);
      const s = report.suggested;
      process.stdout.write(
        s
          ? `At ≥ ${s.threshold.toFixed(3)}: ${pct(s.autoAcceptedShare)} auto-accepted, estimated error ${pct(s.estimatedError)} [${pct(s.errorInterval.low)}, ${pct(s.errorInterval.high)}]\n`
          : `No threshold keeps the error within ${pct(report.targetError)} yet\n`,
      );
    });
  return model;
}
