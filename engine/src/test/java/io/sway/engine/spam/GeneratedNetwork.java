package io.sway.engine.spam;

import io.sway.engine.model.Activity;
import io.sway.engine.model.ActivityBuilder;
import io.sway.engine.model.EngagementType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a network written by Sway's synthetic generator ({@code sway generate}) straight from its
 * CSV files into an {@link Activity}, with the {@code is_spam} labels of its {@code truth.csv}:
 * enough to measure the spam model without a database. Test code only; the loader owns real
 * input.
 *
 * <p>The window ends at the latest time in the data and spans {@code windowDays} before it; posts
 * and interactions outside it are dropped, and an interaction in the window with a post outside it
 * becomes an account-level event on the post's author. Every follow and account is kept.
 */
record GeneratedNetwork(Activity activity, boolean[] spam, String[] accountIds) {
  private static final long DAY = 86_400;

  static GeneratedNetwork read(Path folder, int windowDays) {
    List<String[]> accounts = rows(folder.resolve("accounts.csv"));
    List<String[]> posts = rows(folder.resolve("posts.csv"));
    List<String[]> interactions = rows(folder.resolve("interactions.csv"));
    List<String[]> follows = rows(folder.resolve("follows.csv"));
    List<String[]> truth = rows(folder.resolve("truth.csv"));

    long asOf = Long.MIN_VALUE;
    for (String[] post : posts) {
      asOf = Math.max(asOf, seconds(post[2]));
    }
    for (String[] interaction : interactions) {
      asOf = Math.max(asOf, seconds(interaction[4]));
    }
    long windowStart = asOf - windowDays * DAY;

    ActivityBuilder builder = new ActivityBuilder(windowStart, asOf);
    Map<String, Integer> accountIndex = new HashMap<>();
    String[] ids = new String[accounts.size()];
    for (String[] account : accounts) {
      int index = builder.addAccount(seconds(account[3]), Boolean.parseBoolean(account[5]),
          account[1], -1);
      accountIndex.put(account[0], index);
      ids[index] = account[0];
    }
    for (String[] follow : follows) {
      builder.addFollow(account(accountIndex, follow[0]), account(accountIndex, follow[1]));
    }

    long[] postAt = new long[posts.size()];
    Integer[] byTime = new Integer[posts.size()];
    for (int p = 0; p < postAt.length; p++) {
      postAt[p] = seconds(posts.get(p)[2]);
      byTime[p] = p;
    }
    Arrays.sort(byTime, (x, y) -> Long.compare(postAt[x], postAt[y]));
    Map<String, Integer> postIndex = new HashMap<>();
    Map<String, Integer> authorOfPost = new HashMap<>();
    for (int p : byTime) {
      String[] post = posts.get(p);
      authorOfPost.put(post[0], account(accountIndex, post[1]));
      long at = postAt[p];
      if (at < windowStart || at > asOf) {
        continue;
      }
      Integer replyTo = post.length > 4 && !post[4].isEmpty() ? postIndex.get(post[4]) : null;
      String[] topics = post[3].isEmpty() ? new String[0] : post[3].split(";");
      int index = builder.addPost(account(accountIndex, post[1]), at,
          replyTo == null ? -1 : replyTo, topics);
      postIndex.put(post[0], index);
    }
    for (String[] interaction : interactions) {
      long at = seconds(interaction[4]);
      if (at < windowStart || at > asOf) {
        continue;
      }
      int actor = account(accountIndex, interaction[0]);
      EngagementType type = EngagementType.valueOf(interaction[1].toUpperCase(Locale.ROOT));
      Integer post = interaction[2].isEmpty() ? null : postIndex.get(interaction[2]);
      if (post != null) {
        builder.addPostEvent(actor, type, post, at);
      } else {
        int target = interaction[2].isEmpty()
            ? account(accountIndex, interaction[3])
            : authorOfPost.get(interaction[2]);
        builder.addAccountEvent(actor, type, target, at);
      }
    }

    boolean[] spam = new boolean[ids.length];
    for (String[] row : truth) {
      spam[account(accountIndex, row[0])] = Boolean.parseBoolean(row[3]);
    }
    return new GeneratedNetwork(builder.build(), spam, ids);
  }

  private static int account(Map<String, Integer> index, String id) {
    Integer account = index.get(id);
    if (account == null) {
      throw new IllegalArgumentException("unknown account '" + id + "'");
    }
    return account;
  }

  private static long seconds(String instant) {
    return Instant.parse(instant).getEpochSecond();
  }

  /** The data rows of a CSV file (header skipped), fields unquoted per RFC 4180. */
  static List<String[]> rows(Path file) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.readLine();
      forEachRecord(reader, rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void forEachRecord(BufferedReader reader, Consumer<String[]> sink)
      throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String line;
    boolean quoted = false;
    while ((line = reader.readLine()) != null) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      if (quoted) {
        field.append('\n'); // a quoted field spans lines
        continue;
      }
      fields.add(field.toString());
      field.setLength(0);
      sink.accept(fields.toArray(String[]::new));
      fields.clear();
    }
  }
}
