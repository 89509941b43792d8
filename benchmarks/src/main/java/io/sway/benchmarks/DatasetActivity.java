package io.sway.benchmarks;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InteractionType;
import io.sway.loader.dataset.Rows;
import io.sway.loader.scoring.ScoringWindow;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a validated dataset folder straight into the model's {@link Activity} for one window,
 * without Neo4j: the same rows the bulk importer would load, selected as {@code
 * io.sway.loader.neo4j.ActivityExtractor} selects them from the database (all accounts and
 * follows; the posts created or engaged with in the window, in creation order; the window's
 * interactions). Accounts keep the dataset's file order.
 */
final class DatasetActivity {
  private static final Map<InteractionType, EngagementType> TYPES =
      new EnumMap<>(InteractionType.class);

  static {
    TYPES.put(InteractionType.RESHARE, EngagementType.RESHARE);
    TYPES.put(InteractionType.QUOTE, EngagementType.QUOTE);
    TYPES.put(InteractionType.REPLY, EngagementType.REPLY);
    TYPES.put(InteractionType.MENTION, EngagementType.MENTION);
    TYPES.put(InteractionType.LIKE, EngagementType.LIKE);
  }

  /** The model's input and the account ids its indexes stand for. */
  record Read(Activity activity, List<String> accountIds) {}

  private DatasetActivity() {}

  static Read read(Dataset dataset, ScoringWindow window) throws IOException {
    ActivityBuilder builder =
        new ActivityBuilder(window.from().getEpochSecond(), window.to().getEpochSecond());
    int[] owner = new int[dataset.accountCount()];
    java.util.Arrays.fill(owner, -1);
    dataset.forEachOwnership(
        o -> owner[dataset.accountIndex(o.accountId())] = dataset.personIndex(o.personId()));
    List<String> accountIds = new ArrayList<>(dataset.accountCount());
    dataset.forEachAccount(
        (Rows.Account a) -> {
          builder.addAccount(
              a.createdAt().getEpochSecond(),
              Boolean.TRUE.equals(a.verified()),
              a.network(),
              owner[dataset.accountIndex(a.id())]);
          accountIds.add(a.id());
        });
    dataset.forEachFollow(
        f ->
            builder.addFollow(
                dataset.accountIndex(f.followerId()), dataset.accountIndex(f.followeeId())));

    BitSet engagedInWindow = new BitSet(dataset.postCount());
    dataset.forEachInteraction(
        i -> {
          if (i.postId() != null && window.contains(i.at())) {
            engagedInWindow.set(dataset.postIndex(i.postId()));
          }
        });
    List<Rows.Post> posts = new ArrayList<>();
    dataset.forEachPost(
        p -> {
          if (window.contains(p.createdAt())
              || engagedInWindow.get(dataset.postIndex(p.id()))) {
            posts.add(p);
          }
        });
    posts.sort(Comparator.comparing(Rows.Post::createdAt).thenComparing(Rows.Post::id));
    int[] postByDatasetIndex = new int[dataset.postCount()];
    java.util.Arrays.fill(postByDatasetIndex, -1);
    for (Rows.Post p : posts) {
      int replyTo = p.replyTo() == null ? -1 : postByDatasetIndex[dataset.postIndex(p.replyTo())];
      postByDatasetIndex[dataset.postIndex(p.id())] =
          builder.addPost(
              dataset.accountIndex(p.authorId()),
              p.createdAt().getEpochSecond(),
              replyTo,
              p.topics().toArray(String[]::new));
    }
    posts.clear();

    dataset.forEachInteraction(
        i -> {
          Instant at = i.at();
          if (!window.contains(at)) {
            return;
          }
          int actor = dataset.accountIndex(i.actorId());
          EngagementType type = TYPES.get(i.type());
          if (i.postId() != null) {
            builder.addPostEvent(
                actor, type, postByDatasetIndex[dataset.postIndex(i.postId())], at.getEpochSecond());
          } else {
            builder.addAccountEvent(
                actor, type, dataset.accountIndex(i.targetAccountId()), at.getEpochSecond());
          }
        });
    return new Read(builder.build(), accountIds);
  }
}
