package io.sway.loader.testing;

import io.sway.loader.dataset.DatasetFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The dataset fixtures under {@code src/test/resources/datasets/}, copied where a test wants them. */
public final class TestDatasets {
  /** A small valid dataset touching every record kind; counts in its EXPECTED.md. */
  public static final String TINY = "tiny";

  /** {@link #TINY} with {@code follows.csv} line 5 naming an unknown followee 'ghost'. */
  public static final String UNKNOWN_FOLLOWEE = "unknown-followee";

  private TestDatasets() {}

  /** Copies fixture {@code name} into a new folder under {@code parent} and returns it. */
  public static Path copy(String name, Path parent) {
    try {
      Path target = Files.createDirectories(parent.resolve(name));
      int copied = 0;
      for (DatasetFile file : DatasetFile.values()) {
        for (String extension : new String[] {".csv", ".jsonl"}) {
          String resource = "/datasets/" + name + "/" + file.baseName() + extension;
          try (InputStream in = TestDatasets.class.getResourceAsStream(resource)) {
            if (in != null) {
              Files.copy(in, target.resolve(file.baseName() + extension),
                  StandardCopyOption.REPLACE_EXISTING);
              copied++;
            }
          }
        }
      }
      if (copied == 0) {
        throw new IllegalArgumentException("no dataset fixture named '" + name + "'");
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
