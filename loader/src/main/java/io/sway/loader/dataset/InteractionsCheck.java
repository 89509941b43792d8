package io.sway.loader.dataset;

/**
 * Checks the references of every interaction (actor, post, target account, and that a target given
 * with a post is the post's author), sets aside exact duplicates and flags, but keeps, an account
 * engaging with its own post or mentioning itself.
 */
final class InteractionsCheck implements RowCheck<Rows.Interaction> {
  private final IdIndex accounts;
  private final IdIndex posts;
  private final int[] postAuthors;
  private final InteractionKeySet seen = new InteractionKeySet();

  InteractionsCheck(IdIndex accounts, IdIndex posts, int[] postAuthors) {
    this.accounts = accounts;
    this.posts = posts;
    this.postAuthors = postAuthors;
  }

  @Override
  public void check(Rows.Interaction interaction, boolean decoded, FileScan scan) {
    long problemsBefore = scan.problemCount();
    long line = interaction.line();
    int actor = scan.reference(accounts, "account", interaction.actorId(), line, Field.ACTOR_ID);
    int post = scan.reference(posts, "post", interaction.postId(), line, Field.POST_ID);
    int target =
        scan.reference(
            accounts, "account", interaction.targetAccountId(), line, Field.TARGET_ACCOUNT_ID);
    int author = post == IdIndex.ABSENT ? IdIndex.ABSENT : postAuthors[post];
    if (target != IdIndex.ABSENT && author != IdIndex.ABSENT && target != author) {
      scan.problem(
          line,
          Field.TARGET_ACCOUNT_ID,
          Problems.quote(interaction.targetAccountId())
              + " is not the author of post "
              + Problems.quote(interaction.postId())
              + " (its author is "
              + Problems.quote(accounts.id(author))
              + ")");
    }
    if (!decoded || scan.problemCount() != problemsBefore) {
      return;
    }
    if (!seen.add(actor, interaction.type(), post, target, interaction.at())) {
      scan.warn(
          WarningKind.DUPLICATE_INTERACTION,
          line,
          "same actor, type, "
              + (post == IdIndex.ABSENT ? "target" : "post")
              + " and time as an earlier row: "
              + describe(interaction));
      return;
    }
    int engaged = post == IdIndex.ABSENT ? target : author;
    if (actor == engaged) {
      scan.warn(
          WarningKind.SELF_ENGAGEMENT,
          line,
          post == IdIndex.ABSENT
              ? Problems.quote(interaction.actorId())
                  + " interacts with itself ("
                  + interaction.type().code()
                  + ")"
              : Problems.quote(interaction.actorId())
                  + " interacts with its own post "
                  + Problems.quote(interaction.postId())
                  + " ("
                  + interaction.type().code()
                  + ")");
    }
  }

  private static String describe(Rows.Interaction interaction) {
    String object =
        interaction.postId() != null
            ? "post " + Problems.quote(interaction.postId())
            : "account " + Problems.quote(interaction.targetAccountId());
    return Problems.quote(interaction.actorId())
        + " "
        + interaction.type().code()
        + " "
        + object
        + " at "
        + interaction.at();
  }
}
