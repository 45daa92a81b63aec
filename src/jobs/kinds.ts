import { refitJob } from '../quality/refit.js';
import { JobRegistry } from './registry.js';

/**
 * The server's job kinds: the one list to extend when a feature adds a kind (define it with
 * `defineJob` in the feature's folder, add it here). Runners claim only what their registry holds.
 */
export function serverJobKinds(): JobRegistry {
  return new JobRegistry().add(refitJob);
}
