package io.sway.loader.dataset;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The first pass over a dataset: reads every file once, in the order accounts, persons, posts,
 * follows, interactions (each file needs the ids of those before it), and collects every problem
 * before throwing. Keeps per-id data only (indexes, post authors) plus, while a file is read, one
 * compact key per distinct follow or interaction for duplicate detection.
 */
final class DatasetValidator {
  private static final int HEADER_LINE = 1;

  private final DatasetLayout layout;
  private final ValidationProgress progress;
  private final Problems problems = new Problems();
  private final WarningTally warnings = new WarningTally();
  private final Map<DatasetFile, ValidationSummary.FileCount> counts =
      new EnumMap<>(DatasetFile.class);
  private final Map<DatasetFile, SkippedLines> skipped = new EnumMap<>(DatasetFile.class);

  /** What the validation hands to the dataset. */
  record Result(
      DatasetIndex index, ValidationSummary summary, Map<DatasetFile, SkippedLines> skipped) {}

  DatasetValidator(DatasetLayout layout, ValidationProgress progress) {
    this.layout = layout;
    this.progress = progress;
  }

  Result validate() throws IOException, InvalidDatasetException {
    AccountsCheck accounts = new AccountsCheck();
    scan(DatasetFile.ACCOUNTS, RowDecoder::account, accounts);
    IdIndex accountIndex = accounts.accounts().compact();

    PersonsCheck persons = new PersonsCheck(accountIndex);
    scan(DatasetFile.PERSONS, RowDecoder::ownership, persons);

    PostsCheck posts = new PostsCheck(accountIndex);
    scan(DatasetFile.POSTS, RowDecoder::post, posts);
    int[] postAuthors = posts.authors();

    scan(DatasetFile.FOLLOWS, RowDecoder::follow, new FollowsCheck(accountIndex));
    scan(
        DatasetFile.INTERACTIONS,
        RowDecoder::interaction,
        new InteractionsCheck(accountIndex, posts.posts(), postAuthors));

    problems.throwIfAny();
    DatasetIndex index =
        new DatasetIndex(
            accountIndex, posts.posts().compact(), postAuthors, persons.persons().compact());
    return new Result(index, new ValidationSummary(counts, warnings.warnings()), skipped);
  }

  private <T> void scan(
      DatasetFile kind, BiFunction<RowDecoder, RawRow, T> decode, RowCheck<T> check)
      throws IOException {
    Optional<SourceFile> present = layout.file(kind);
    if (present.isEmpty()) {
      skipped.put(kind, new SkippedLines());
      return;
    }
    SourceFile file = present.get();
    FileScan scan = new FileScan(file.name(), problems, warnings);
    long problemsBeforeOpening = problems.count();
    try (RecordSource source = file.open(problems)) {
      if (problems.count() == problemsBeforeOpening) {
        requireColumns(kind, source);
      }
      // Rows are checked only under a sound header: without a required column they would only
      // yield follow-on problems, and their values could not be trusted to be in place.
      boolean headerSound = problems.count() == problemsBeforeOpening;
      boolean complete = headerSound;
      RowDecoder decoder = new RowDecoder(source, problems);
      while (headerSound) {
        long problemsBeforeRow = problems.count();
        RawRow raw = source.next();
        complete &= problems.count() == problemsBeforeRow;
        if (raw == null) {
          break;
        }
        scan.countRow();
        long problemsBefore = problems.count();
        T row = decode.apply(decoder, raw);
        check.check(row, problems.count() == problemsBefore, scan);
        if (scan.rows() % ValidationProgress.ROWS_PER_UPDATE == 0) {
          progress.update(kind, Math.min(source.bytesRead(), file.size()), file.size());
        }
      }
      if (!complete) {
        check.incomplete();
      }
      check.finish(scan);
      if (kind == DatasetFile.ACCOUNTS
          && scan.rows() == 0
          && problems.count() == problemsBeforeOpening) {
        problems.add(
            file.name(),
            file.format() == SourceFile.Format.CSV ? HEADER_LINE + 1 : 1,
            null,
            "no accounts: the file has no rows, and a dataset needs at least one account");
      }
    }
    progress.update(kind, file.size(), file.size());
    counts.put(kind, scan.count());
    skipped.put(kind, scan.skipped());
  }

  /** Reports, once on the header line, each required column a CSV header does not name. */
  private void requireColumns(DatasetFile kind, RecordSource source) {
    for (String field : kind.requiredFields()) {
      if (!source.declares(field)) {
        problems.add(source.fileName(), HEADER_LINE, field, "missing required column");
      }
    }
    if (kind == DatasetFile.INTERACTIONS
        && !source.declares(Field.POST_ID)
        && !source.declares(Field.TARGET_ACCOUNT_ID)) {
      problems.add(
          source.fileName(),
          HEADER_LINE,
          null,
          "missing column: needs "
              + Problems.quote(Field.POST_ID)
              + ", "
              + Problems.quote(Field.TARGET_ACCOUNT_ID)
              + " or both");
    }
  }
}
