package io.sway.loader.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A validated dataset folder: its files, the dense indexes of its accounts, posts and persons, and
 * streams of its cleaned rows.
 *
 * <p>{@link #open} reads every file once and rejects the dataset with every problem found (up to
 * {@value Problems#LIMIT}) before anything is written anywhere. It keeps only per-id data in
 * memory: the id indexes, each post's author, and the lines of the rows set aside as warnings. The
 * {@code forEach...} methods read the files again, row by row, in file order, and skip exactly the
 * rows counted as {@linkplain WarningKind#skipsRow() skipped} warnings, so every consumer sees the
 * same rows. If a file changed since it was validated they fail rather than deliver unvalidated
 * rows.
 *
 * <p>A dataset is immutable and may be streamed from several threads at once.
 */
public final class Dataset {
  private final DatasetLayout layout;
  private final DatasetIndex index;
  private final ValidationSummary summary;
  private final Map<DatasetFile, SkippedLines> skipped;

  private Dataset(DatasetLayout layout, DatasetValidator.Result validated) {
    this.layout = layout;
    this.index = validated.index();
    this.summary = validated.summary();
    this.skipped = Map.copyOf(validated.skipped());
  }

  /**
   * Opens and fully validates the dataset folder {@code dir}.
   *
   * @throws InvalidDatasetException listing what to fix when the folder is not a valid dataset
   * @throws IOException when a file cannot be read
   */
  public static Dataset open(Path dir) throws InvalidDatasetException, IOException {
    return open(dir, ValidationProgress.NONE);
  }

  /** Like {@link #open(Path)}, reporting how far the validation has read to {@code progress}. */
  public static Dataset open(Path dir, ValidationProgress progress)
      throws InvalidDatasetException, IOException {
    DatasetLayout layout = DatasetLayout.of(dir);
    return new Dataset(layout, new DatasetValidator(layout, progress).validate());
  }

  public Path directory() {
    return layout.directory();
  }

  /** The file read for {@code kind}, if the dataset has one. */
  public Optional<Path> file(DatasetFile kind) {
    return layout.file(kind).map(SourceFile::path);
  }

  /** Row counts per file (a total for progress bars) and warnings. */
  public ValidationSummary summary() {
    return summary;
  }

  public int accountCount() {
    return index.accounts().size();
  }

  public int postCount() {
    return index.posts().size();
  }

  /** The distinct persons named in {@code persons}. */
  public int personCount() {
    return index.persons().size();
  }

  /** The dense index 0..accountCount-1 of an account, in file order; -1 if unknown. */
  public int accountIndex(String accountId) {
    return index.accounts().indexOf(accountId);
  }

  /** The id of the account with index {@code accountIndex}. */
  public String accountId(int accountIndex) {
    return index.accounts().id(accountIndex);
  }

  /** The dense index 0..postCount-1 of a post, in file order; -1 if unknown. */
  public int postIndex(String postId) {
    return index.posts().indexOf(postId);
  }

  /** The id of the post with index {@code postIndex}. */
  public String postId(int postIndex) {
    return index.posts().id(postIndex);
  }

  /** The account index of the author of the post with index {@code postIndex}. */
  public int postAuthorIndex(int postIndex) {
    return index.postAuthors()[postIndex];
  }

  /** The dense index 0..personCount-1 of a person, in order of first appearance; -1 if unknown. */
  public int personIndex(String personId) {
    return index.persons().indexOf(personId);
  }

  /** The id of the person with index {@code personIndex}. */
  public String personId(int personIndex) {
    return index.persons().id(personIndex);
  }

  public void forEachAccount(RowConsumer<? super Rows.Account> consumer) throws IOException {
    stream(DatasetFile.ACCOUNTS, RowDecoder::account, consumer);
  }

  /** The ownership rows, without the duplicate person rows. */
  public void forEachOwnership(RowConsumer<? super Rows.Ownership> consumer) throws IOException {
    stream(DatasetFile.PERSONS, RowDecoder::ownership, consumer);
  }

  /** The follow rows, without self-follows and repeated (follower, followee) pairs. */
  public void forEachFollow(RowConsumer<? super Rows.Follow> consumer) throws IOException {
    stream(DatasetFile.FOLLOWS, RowDecoder::follow, consumer);
  }

  public void forEachPost(RowConsumer<? super Rows.Post> consumer) throws IOException {
    stream(DatasetFile.POSTS, RowDecoder::post, consumer);
  }

  /** The interaction rows, without exact duplicates; self-engagement is kept. */
  public void forEachInteraction(RowConsumer<? super Rows.Interaction> consumer)
      throws IOException {
    stream(DatasetFile.INTERACTIONS, RowDecoder::interaction, consumer);
  }

  private <T> void stream(
      DatasetFile kind, BiFunction<RowDecoder, RawRow, T> decode, RowConsumer<? super T> consumer)
      throws IOException {
    Optional<SourceFile> present = layout.file(kind);
    if (present.isEmpty()) {
      return;
    }
    SourceFile file = present.get();
    if (!file.unchanged()) {
      throw changed(file, "its size or modification time differs");
    }
    Problems problems = new Problems();
    SkippedLines.Cursor skip = skipped.get(kind).cursor();
    try (RecordSource source = file.open(problems)) {
      RowDecoder decoder = new RowDecoder(source, problems);
      RawRow raw;
      while ((raw = source.next()) != null) {
        T row = decode.apply(decoder, raw);
        if (!problems.isEmpty()) {
          break;
        }
        if (!skip.skips(raw.line())) {
          consumer.accept(row);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw changed(file, problems.first().toString());
    }
  }

  private static IOException changed(SourceFile file, String detail) {
    return new IOException(
        file.name()
            + " changed after the dataset was validated ("
            + detail
            + "); open the dataset again");
  }
}
