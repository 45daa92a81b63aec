import { matchF1 } from './overlap.js';
import { meanPairwise } from './stats.js';

/** Two regions (spans or boxes) are "the same annotation" at this IoU or above, with the same label. */
export const MIN_MATCH_IOU = 0.5;

type Labelled = { readonly label: string };

type Cluster<T> = { readonly seed: T; readonly members: T[]; readonly responders: Set<number> };

/**
 * Groups the regions of several responders into clusters of "the same annotation", greedily and
 * deterministically: responders in response order, each one's regions in the given order; a
 * region joins the cluster whose first region (its seed) has the same label and the highest IoU
 * ≥ MIN_MATCH_IOU (earliest cluster on ties), skipping clusters this responder already joined;
 * otherwise it seeds a new cluster. Returns the clusters more than half of the responders joined.
 */
export function majorityClusters<T extends Labelled>(
  regionsByResponder: readonly (readonly T[])[],
  iou: (a: T, b: T) => number,
): T[][] {
  const clusters: Cluster<T>[] = [];
  regionsByResponder.forEach((regions, responder) => {
    for (const region of regions) {
      let best: Cluster<T> | undefined;
      let bestIoU = 0;
      for (const cluster of clusters) {
        if (cluster.seed.label !== region.label || cluster.responders.has(responder)) continue;
        const overlap = iou(cluster.seed, region);
        // Strictly greater, so the earliest cluster wins a tie.
        if (overlap >= MIN_MATCH_IOU && overlap > bestIoU) {
          best = cluster;
          bestIoU = overlap;
        }
      }
      if (best === undefined) {
        clusters.push({ seed: region, members: [region], responders: new Set([responder]) });
      } else {
        best.members.push(region);
        best.responders.add(responder);
      }
    }
  });
  return clusters
    .filter((cluster) => cluster.responders.size * 2 > regionsByResponder.length)
    .map((cluster) => cluster.members);
}

/** Mean pairwise F1 between responders, matching same-label regions at IoU ≥ MIN_MATCH_IOU. */
export function regionAgreement<T extends Labelled>(
  regionsByResponder: readonly (readonly T[])[],
  iou: (a: T, b: T) => number,
): number {
  const sameRegion = (a: T, b: T) => a.label === b.label && iou(a, b) >= MIN_MATCH_IOU;
  return meanPairwise(regionsByResponder, (a, b) => matchF1(a, b, sameRegion));
}

/** Orders labels by code unit, the same on every machine (unlike `localeCompare`). */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
