import { approvalTimeoutsJob } from '../approvals/timeouts.js';
import { auditSealJob } from '../audit/seal.js';
import { evalGenerateJob, evalScoreJob } from '../evals/jobs.js';
import { webhookDeliveryJob } from '../events/webhook-delivery.js';
import { judgeCalibrateJob } from '../judges/calibrate-job.js';
import { judgeRunJob } from '../judges/jobs.js';
import { backendPredictJob, backendTrainJob } from '../model/backend/jobs.js';
import { modelRerankJob, modelScheduleJob, modelTrainJob } from '../model/jobs.js';
import { notifySendJob } from '../notifications/send.js';
import { refitJob } from '../quality/refit.js';
import { traceJudgeJob } from '../traces/jobs.js';
import { pruneJobsJob } from './prune.js';
import { JobRegistry } from './registry.js';

/**
 * The server's job kinds: the one list to extend when a feature adds a kind (define it with
 * `defineJob` in the feature's folder, add it here). Runners claim only what their registry holds.
 * This file is the composition point, so it imports features; features import only
 * `registry.ts` and `store.ts` from here.
 */
export function serverJobKinds(): JobRegistry {
  return new JobRegistry()
    .add(webhookDeliveryJob)
    .add(approvalTimeoutsJob)
    .add(auditSealJob)
    .add(pruneJobsJob)
    .add(refitJob)
    .add(modelTrainJob)
    .add(modelScheduleJob)
    .add(notifySendJob)
    .add(judgeRunJob)
    .add(traceJudgeJob)
    .add(judgeCalibrateJob)
    .add(evalGenerateJob)
    .add(evalScoreJob)
    .add(modelRerankJob)
    .add(backendPredictJob)
    .add(backendTrainJob);
}
