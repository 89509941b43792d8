/**
 * The influence model: from one window's {@link io.sway.engine.model.Activity} and the spam
 * stage's verdicts ({@link io.sway.engine.model.EngagerTrust}) to True Reach, Amplification,
 * Network Influence, the 1–100 score, persons, topics and explanations. {@link
 * io.sway.engine.model.InfluenceModel} runs the stages in order; each stage is one class with an
 * immutable config record (a section of {@link io.sway.engine.model.ModelConfig}) and an immutable
 * result record, and its Javadoc gives its formula, sources and cost.
 *
 * <p>Shared rules, applied by every stage: an engager counts with its trust weight (0 when
 * excluded); engagement among one person's accounts is ignored; engagement inside closed circles
 * is discounted ({@link io.sway.engine.model.EngagementCircles}); follows play no part in the
 * score. Every value is computed from the account's own neighbourhood with fixed constants, so an
 * account's score does not change when unrelated accounts join the population.
 */
package io.sway.engine.model;
