package io.sway.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * One file of a dataset folder, with the size and modification time it had when the dataset was
 * opened, so that a later pass can tell whether it still reads what was validated.
 */
record SourceFile(DatasetFile kind, Path path, Format format, long size, FileTime lastModified) {

  /** The two ways a dataset file can be written. */
  enum Format {
    CSV("csv"),
    JSONL("jsonl");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    String fileName(DatasetFile kind) {
      return kind.baseName() + "." + extension;
    }
  }

  static SourceFile of(DatasetFile kind, Path path, Format format) throws IOException {
    return new SourceFile(kind, path, format, Files.size(path), Files.getLastModifiedTime(path));
  }

  /** The file name as shown to users, e.g. {@code follows.csv}. */
  String name() {
    return path.getFileName().toString();
  }

  RecordSource open(Problems problems) throws IOException {
    return switch (format) {
      case CSV -> new CsvRecordSource(path, problems);
      case JSONL -> new JsonlRecordSource(path, kind, problems);
    };
  }

  /** Whether the file still has the size and modification time it had when opened. */
  boolean unchanged() throws IOException {
    return Files.isRegularFile(path)
        && Files.size(path) == size
        && Files.getLastModifiedTime(path).equals(lastModified);
  }
}
