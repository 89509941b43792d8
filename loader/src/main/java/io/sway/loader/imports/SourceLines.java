package io.sway.loader.imports;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The lines of one source file, read once from start to end, with their 1-based numbers. A file
 * whose name ends in {@value #GZIP_SUFFIX} is decompressed on the fly. Text is UTF-8.
 */
final class SourceLines implements Closeable {
  static final String GZIP_SUFFIX = ".gz";

  private static final int BUFFER_BYTES = 1 << 16;

  private final String fileName;
  private final BufferedReader reader;
  private long lineNumber;

  private SourceLines(String fileName, BufferedReader reader) {
    this.fileName = fileName;
    this.reader = reader;
  }

  static SourceLines open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(GZIP_SUFFIX)) {
        in = new GZIPInputStream(in, BUFFER_BYTES);
      }
    } catch (IOException e) {
      in.close();
      throw new IOException(file.getFileName() + ": not a gzip file (" + e.getMessage() + ")", e);
    }
    return new SourceLines(
        file.getFileName().toString(),
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER_BYTES));
  }

  /** The next line without its line end, or null at the end of the file. */
  String next() throws IOException {
    String line = reader.readLine();
    if (line != null) {
      lineNumber++;
    }
    return line;
  }

  /** The number of the line last returned by {@link #next()}. */
  long lineNumber() {
    return lineNumber;
  }

  String fileName() {
    return fileName;
  }

  /** A format error on the line last returned by {@link #next()}. */
  ImportFormatException error(String problem) {
    return new ImportFormatException(fileName, lineNumber, problem);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
