package io.sway.loader.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a public social-network dataset into a Sway dataset folder (see "Dataset format" in the
 * README): {@code accounts.csv} and, when the source has them, {@code follows.csv},
 * {@code posts.csv} and {@code interactions.csv}.
 *
 * <p>An importer streams its input: it keeps per-node data (id sets, a post's author and tags) in
 * memory but never the edges. A failed conversion leaves no dataset file in {@code outDir}: the
 * files are written under temporary names and renamed only when the whole source converted.
 */
public interface DatasetImporter {
  /**
   * Converts the dataset at {@code source} into a Sway dataset folder {@code outDir}, created if
   * missing. {@code outDir} must not already hold a dataset file.
   *
   * @return what was written and skipped, with notes on what the source could not provide
   * @throws ImportFormatException when the source is not in the expected format, naming the file,
   *     the line and the bad value
   * @throws IOException when a file cannot be read or written, or {@code outDir} already holds a
   *     dataset file
   */
  ImportSummary convert(Path source, Path outDir) throws IOException, ImportFormatException;
}
