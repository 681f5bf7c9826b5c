// Clustering quality against gold labels: pairwise and BCubed precision, recall and F1.

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  pairwise: PrecisionRecall;
  bcubed: PrecisionRecall;
  predictedClusters: number;
  goldClusters: number;
  documents: number;
}

function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function pairsWithin(size: number): number {
  return (size * (size - 1)) / 2;
}

/** Counts of documents per (predicted, gold) cell, per predicted and per gold cluster. */
function contingency(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>) {
  const cells = new Map<string, Map<string, number>>();
  const predictedSizes = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  for (const [document, goldLabel] of gold) {
    const predictedLabel = predicted.get(document);
    if (predictedLabel === undefined) throw new Error(`no predicted cluster for document ${document}`);
    let row = cells.get(predictedLabel);
    if (!row) {
      row = new Map();
      cells.set(predictedLabel, row);
    }
    row.set(goldLabel, (row.get(goldLabel) ?? 0) + 1);
    predictedSizes.set(predictedLabel, (predictedSizes.get(predictedLabel) ?? 0) + 1);
    goldSizes.set(goldLabel, (goldSizes.get(goldLabel) ?? 0) + 1);
  }
  return { cells, predictedSizes, goldSizes };
}

/**
 * Scores a predicted clustering (document → cluster) against gold labels (document → cluster), over the
 * documents that have gold labels. Pairwise counts document pairs put together; BCubed averages per document.
 */
export function scoreClustering(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): ClusteringScores {
  const { cells, predictedSizes, goldSizes } = contingency(predicted, gold);
  let truePairs = 0;
  let bcubedPrecision = 0;
  let bcubedRecall = 0;
  for (const [predictedLabel, row] of cells) {
    const predictedSize = predictedSizes.get(predictedLabel) ?? 0;
    for (const [goldLabel, count] of row) {
      truePairs += pairsWithin(count);
      const goldSize = goldSizes.get(goldLabel) ?? 0;
      // Each of the `count` documents sees `count` correct neighbours (itself included).
      bcubedPrecision += (count * count) / predictedSize;
      bcubedRecall += (count * count) / goldSize;
    }
  }
  let predictedPairs = 0;
  for (const size of predictedSizes.values()) predictedPairs += pairsWithin(size);
  let goldPairs = 0;
  for (const size of goldSizes.values()) goldPairs += pairsWithin(size);
  const documents = gold.size;
  const pairwisePrecision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const pairwiseRecall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  const bP = documents === 0 ? 1 : bcubedPrecision / documents;
  const bR = documents === 0 ? 1 : bcubedRecall / documents;
  return {
    pairwise: { precision: pairwisePrecision, recall: pairwiseRecall, f1: f1Of(pairwisePrecision, pairwiseRecall) },
    bcubed: { precision: bP, recall: bR, f1: f1Of(bP, bR) },
    predictedClusters: predictedSizes.size,
    goldClusters: goldSizes.size,
    documents,
  };
}
