package io.sway.loader.imports;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder an importer reads, and its files, each either plain or gzip-compressed. */
final class SourceFolder {
  private final Path path;

  private SourceFolder(Path path) {
    this.path = path;
  }

  /** @throws ImportFormatException when {@code path} is not a folder */
  static SourceFolder of(Path path) throws ImportFormatException {
    if (!Files.isDirectory(path)) {
      throw new ImportFormatException(name(path), 0,
          Files.exists(path) ? "not a folder (give the folder holding the data set's files)"
              : "no such folder");
    }
    return new SourceFolder(path);
  }

  Path path() {
    return path;
  }

  /** The folder's own name, for messages. */
  String name() {
    return name(path);
  }

  /**
   * The file {@code fileName} or {@code fileName.gz}, or null when neither is a regular file.
   *
   * @throws ImportFormatException when both are present
   */
  Path find(String fileName) throws ImportFormatException {
    Path plain = path.resolve(fileName);
    Path gzip = path.resolve(fileName + SourceLines.GZIP_SUFFIX);
    boolean hasPlain = Files.isRegularFile(plain);
    boolean hasGzip = Files.isRegularFile(gzip);
    if (hasPlain && hasGzip) {
      throw new ImportFormatException(name(), 0,
          "both " + fileName + " and " + gzip.getFileName() + " are present; keep only one");
    }
    return hasPlain ? plain : hasGzip ? gzip : null;
  }

  private static String name(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
