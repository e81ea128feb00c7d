/**
 * Confidence of an attribution: a logistic model over the features of the link
 * (`confidence-features.ts`: the rule that made it, full sentence or fragment, the kind of phrase
 * and cue, how far the cue is and what lies between) gives the probability that the speaker is
 * right; its weights are fitted on annotated news articles (`npm run fit-confidence`, see
 * CHANGELOG.md, "Attribution").
 *
 * The confidence is that probability rescaled (keeping its order) so that {@link CONFIDENT} (0.8)
 * is the point above which the fitted articles' attributions reach a precision of 0.979 out of
 * fold (two folds, even and odd articles; each fold at 0.97 or more): keep attributions with
 * `confidence >= 0.8` when a wrong speaker costs more than a missing one. A pronoun left without an antecedent (`she` with no one she can be) names
 * no one: its confidence stays at or below {@link UNRESOLVED_CEILING}.
 *
 * @module
 */
import { CONFIDENCE_MODEL } from './confidence-model.js';
import { confidenceFeatures, type LinkFacts } from './confidence-features.js';

/** The documented threshold: attributions at or above it are the precise ones (see the module comment). */
export const CONFIDENT = 0.8;

/** A logistic model: a bias and a weight per feature name (absent features weigh 0). */
export interface LogisticModel {
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** The fitted model, its weights as a map (faster lookups than the generated object literal). */
const FITTED: LogisticModel = { bias: CONFIDENCE_MODEL.bias, weights: new Map(Object.entries(CONFIDENCE_MODEL.weights)) };

/** The model's probability that the attribution with these features is right (`model`: the fitted one unless given). */
export function probabilityOf(features: readonly string[], model: LogisticModel = FITTED): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Rescales a probability so that the model's threshold lands on {@link CONFIDENT}, rounded down to 0.01. */
export function scaleProbability(p: number, threshold = CONFIDENCE_MODEL.threshold): number {
  const c = p >= threshold ? CONFIDENT + (1 - CONFIDENT) * (p - threshold) / (1 - threshold) : CONFIDENT * p / threshold;
  return Math.max(0, Math.min(1, Math.floor(c * 100 + 1e-9) / 100));
}

/** Highest confidence of an attribution to a pronoun no antecedent was found for (the speaker is then unknown). */
export const UNRESOLVED_CEILING = 0.5;

/** Confidence in [0, 1] of one attribution. */
export function confidenceOf(facts: LinkFacts): number {
  const confidence = scaleProbability(probabilityOf(confidenceFeatures(facts)));
  return facts.resolved ? confidence : Math.min(confidence, UNRESOLVED_CEILING);
}
