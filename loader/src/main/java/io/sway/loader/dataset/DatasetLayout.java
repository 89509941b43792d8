package io.sway.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which files a dataset folder holds: for each {@link DatasetFile}, {@code NAME.csv} or {@code
 * NAME.jsonl}. Other files in the folder are ignored.
 */
final class DatasetLayout {
  private final Path directory;
  private final Map<DatasetFile, SourceFile> files;

  private DatasetLayout(Path directory, Map<DatasetFile, SourceFile> files) {
    this.directory = directory;
    this.files = files;
  }

  /**
   * Finds the files of the folder {@code directory}.
   *
   * @throws InvalidDatasetException when the folder does not exist, a required file is missing, or
   *     a file is given in both formats
   */
  static DatasetLayout of(Path directory) throws InvalidDatasetException, IOException {
    String folder = String.valueOf(directory.getFileName());
    if (!Files.isDirectory(directory)) {
      throw new InvalidDatasetException(
          List.of(new Problem(folder, 0, null, "not a folder (a dataset is a folder of files)")));
    }
    List<Problem> problems = new ArrayList<>();
    Map<DatasetFile, SourceFile> files = new EnumMap<>(DatasetFile.class);
    for (DatasetFile kind : DatasetFile.values()) {
      List<SourceFile> present = new ArrayList<>();
      for (SourceFile.Format format : SourceFile.Format.values()) {
        Path path = directory.resolve(format.fileName(kind));
        if (Files.isRegularFile(path)) {
          present.add(SourceFile.of(kind, path, format));
        } else if (Files.exists(path)) {
          problems.add(new Problem(format.fileName(kind), 0, null, "not a regular file"));
        }
      }
      String csv = SourceFile.Format.CSV.fileName(kind);
      String jsonl = SourceFile.Format.JSONL.fileName(kind);
      if (present.size() > 1) {
        problems.add(
            new Problem(
                folder, 0, null, "both " + csv + " and " + jsonl + " are present; keep only one"));
      } else if (present.size() == 1) {
        files.put(kind, present.getFirst());
      } else if (kind.required()) {
        problems.add(
            new Problem(folder, 0, null, "missing required file " + csv + " (or " + jsonl + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    return new DatasetLayout(directory, files);
  }

  Path directory() {
    return directory;
  }

  Optional<SourceFile> file(DatasetFile kind) {
    return Optional.ofNullable(files.get(kind));
  }
}
