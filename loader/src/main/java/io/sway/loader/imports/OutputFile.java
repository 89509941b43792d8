package io.sway.loader.imports;

import io.sway.loader.dataset.DatasetFile;
import java.util.List;

/** The Sway dataset files an importer writes, each with its columns in the order written. */
enum OutputFile {
  ACCOUNTS(
      DatasetFile.ACCOUNTS,
      List.of("id", "network", "handle", "created_at", "display_name", "verified", "bio")),
  FOLLOWS(DatasetFile.FOLLOWS, List.of("follower_id", "followee_id", "since")),
  POSTS(DatasetFile.POSTS, List.of("id", "author_id", "created_at", "topics", "reply_to")),
  INTERACTIONS(
      DatasetFile.INTERACTIONS, List.of("actor_id", "type", "post_id", "target_account_id", "at"));

  static final String EXTENSION = ".csv";

  private final DatasetFile kind;
  private final List<String> columns;

  OutputFile(DatasetFile kind, List<String> columns) {
    this.kind = kind;
    this.columns = columns;
  }

  /** The base name, also the key of its row count in {@link ImportSummary#rowsWritten()}. */
  String baseName() {
    return kind.baseName();
  }

  String fileName() {
    return kind.baseName() + EXTENSION;
  }

  List<String> columns() {
    return columns;
  }
}
