/**
 * Spam and inactive-account detection (R2), the pruning step before reach and influence: which
 * accounts are fake, bought or automated, how likely, and why. Entry point: {@link
 * io.sway.engine.spam.SpamDetector}; parameters: {@link io.sway.engine.spam.SpamConfig}; result:
 * {@link io.sway.engine.spam.SpamResult}.
 *
 * <h2>Data flow</h2>
 *
 * <ol>
 *   <li>{@link io.sway.engine.spam.TrustGraph}: the undirected graph of two-sided ties (mutual
 *       follows, engagement both ways) of an {@link io.sway.engine.model.Activity}.
 *   <li>{@link io.sway.engine.spam.TrustSeeds}: configured, verified, or else automatic seeds.
 *   <li>{@link io.sway.engine.spam.TrustPropagation}: SybilRank's early-terminated power
 *       iteration, giving a {@link io.sway.engine.spam.TrustResult}.
 *   <li>{@link io.sway.engine.spam.AccountFeatures}: creation cohort, activity, age, follow
 *       counts.
 *   <li>{@link io.sway.engine.spam.SpamDetector}: the logistic model over trust and features,
 *       giving a {@link io.sway.engine.spam.SpamResult} with probabilities, flags, inactive
 *       flags and reasons.
 * </ol>
 *
 * <h2>Design</h2>
 *
 * <p>Two kinds of evidence, combined in one logistic model with hand-set, documented
 * coefficients. Graph evidence: trust from seeds, propagated over two-sided ties for {@code
 * O(log n)} rounds and normalised by degree (SybilRank, Cao et al., NSDI 2012), and read once
 * more in TrustRank's direction (Gyöngyi et al., VLDB 2004): how many trusted accounts chose to
 * follow the account. Account evidence: the creation cohort of its follow ties, its activity in
 * the window and its age. Each covers the other's blind spot: trust says nothing about an account
 * with no two-sided tie, which is most bought followers, and features alone are easy to dress up
 * (age an account, post once), while trusted followers cannot be bought without genuine people's
 * consent.
 *
 * <p>Measured on the generator's ground truth ({@code SpamGroundTruthTest}, seed 7, 90-day
 * window, default config): ROC AUC 0.99995 at 20,000 accounts (precision 0.984, recall 0.993 of
 * the flagged set) and 0.99996 at 100,000 (precision 0.976, recall 0.996); within 0.002 of
 * these with automatic seeds instead of verified ones. Ablations at 20,000: trust terms alone 0.998,
 * account features alone 0.996, plain degree-normalised trust alone 0.89 (it cannot tell
 * isolated fakes from isolated genuine accounts).
 */
package io.sway.engine.spam;
