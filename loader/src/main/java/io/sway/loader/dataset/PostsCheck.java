package io.sway.loader.dataset;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Indexes the posts in file order with their authors, rejects duplicate ids and unknown authors,
 * and checks that every {@code reply_to} names a post of the file (earlier or later) other than the
 * post itself.
 */
final class PostsCheck implements RowCheck<Rows.Post> {
  private final IdIndex accounts;
  private final IdIndex posts = new IdIndex();
  private final IntArrayList authors = new IntArrayList();
  private final LongArrayList firstLines = new LongArrayList();

  /** Replies to posts not seen yet when the reply was read; resolved at the end of the file. */
  private final List<PendingReply> pendingReplies = new ArrayList<>();

  private record PendingReply(long line, String replyTo) {}

  PostsCheck(IdIndex accounts) {
    this.accounts = accounts;
  }

  @Override
  public void check(Rows.Post post, boolean decoded, FileScan scan) {
    long line = post.line();
    int author = scan.reference(accounts, "account", post.authorId(), line, Field.AUTHOR_ID);
    String id = post.id();
    if (id != null) {
      int earlier = posts.indexOf(id);
      if (earlier == IdIndex.ABSENT) {
        posts.add(id);
        authors.add(author);
        firstLines.add(line);
      } else {
        scan.problem(
            line,
            Field.ID,
            "duplicate post "
                + Problems.quote(id)
                + " (first on line "
                + firstLines.get(earlier)
                + ")");
      }
    }
    String replyTo = post.replyTo();
    if (replyTo == null) {
      return;
    }
    if (replyTo.equals(id)) {
      scan.problem(line, Field.REPLY_TO, "post " + Problems.quote(id) + " replies to itself");
    } else if (posts.indexOf(replyTo) == IdIndex.ABSENT) {
      pendingReplies.add(new PendingReply(line, replyTo));
    }
  }

  @Override
  public void finish(FileScan scan) {
    for (PendingReply reply : pendingReplies) {
      scan.reference(posts, "post", reply.replyTo(), reply.line(), Field.REPLY_TO);
    }
    pendingReplies.clear();
  }

  @Override
  public void incomplete() {
    posts.markIncomplete();
  }

  IdIndex posts() {
    return posts;
  }

  /** The author's account index of each post, {@link IdIndex#ABSENT} where it was unknown. */
  int[] authors() {
    return authors.toArray();
  }
}
