package io.sway.engine.model;

import java.util.Objects;
import io.sway.engine.Tasks;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sway's influence model for one window: runs the stages in order on an {@link Activity} and the
 * spam stage's verdicts ({@link EngagerTrust}), and returns one {@link ModelResult}.
 *
 * <ol>
 *   <li>{@link EngagementGraph}: counted events merged into the engager-to-engaged graph;
 *   <li>{@link EngagementCircles}: the discount on engagement inside closed circles;
 *   <li>{@link TrueReach}: distinct weighted engagers per account and per post;
 *   <li>{@link Amplification}: shrunk reshare and reply probabilities per account;
 *   <li>{@link NetworkInfluence}: attention received, in effective engaged accounts;
 *   <li>{@link InfluenceScore}: audience, the fixed 1–100 calibration, each part's points, and
 *       persons;
 *   <li>{@link TopicScores}: topics with evidence;
 *   <li>{@link TopContributors}: top engagers and posts per account.
 * </ol>
 *
 * Data flows one way: no stage changes an earlier stage's result. Given an executor and a
 * parallelism above 1, amplification runs as a task on the executor while the calling thread
 * computes reach and network influence, whose iterations also use the executor; the other stages
 * are linear passes on the calling thread. The result is the same whichever threads ran it, up to
 * the rounding of the network influence sums (see {@code PageRank}).
 */
public final class InfluenceModel {
  private final ModelConfig config;
  private final Executor executor;
  private final int parallelism;

  /** The model on the calling thread. */
  public InfluenceModel(ModelConfig config) {
    this(config, Runnable::run, 1);
  }

  /**
   * The model using {@code parallelism} threads: the calling one and tasks on {@code executor}
   * (not shut down by this class) for amplification and the network influence iterations.
   */
  public InfluenceModel(ModelConfig config, Executor executor, int parallelism) {
    this.config = Objects.requireNonNull(config, "config");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
    }
    this.parallelism = parallelism;
  }

  public ModelConfig config() {
    return config;
  }

  /**
   * Runs every stage.
   *
   * @param activity the window
   * @param trust per account, whether it is excluded and its spam probability
   * @throws IllegalArgumentException if {@code trust} covers another number of accounts, or the
   *     events are not sorted by time
   */
  public ModelResult run(Activity activity, EngagerTrust trust) {
    EngagementGraph engagement =
        EngagementGraph.of(activity, trust, config.engagementWeights());
    CircleDiscounts circles = new EngagementCircles(engagement, config.circles()).compute();
    CompletableFuture<AmplificationResult> pendingAmplification = Tasks.start(
        () -> new Amplification(engagement, circles, config.amplification()).compute(),
        executor, parallelism);
    ReachResult reach = new TrueReach(engagement, circles).compute();
    InfluenceResult influence =
        new NetworkInfluence(engagement, circles, config.influence(), executor, parallelism)
            .compute();
    AmplificationResult amplification = Tasks.join(pendingAmplification);
    InfluenceScore scale = new InfluenceScore(config.score());
    boolean[] active = engagement.activeAccounts();
    ScoreResult scores =
        scale.accounts(
            reach.reach(), influence.influence(), amplification.amplification(), active);
    PersonScores persons = scale.persons(activity.person(), scores.audience(), active);
    TopicResult topics =
        new TopicScores(engagement, reach, scores.audience(), scale, config.topics()).compute();
    Contributors contributors =
        new TopContributors(
                engagement, circles, reach, influence, config.score(), config.explanations())
            .compute();
    return new ModelResult(
        config, active, circles, reach, amplification, influence, scores, persons, topics,
        contributors);
  }
}
