package io.sway.loader.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ended by {@code \n} or {@code \r\n}, without decoding them, so a
 * line that is not valid UTF-8 is reported on its own line and the next one is still read. Lines
 * longer than {@link #MAX_LINE_BYTES} are consumed but not kept.
 */
final class ByteLineReader implements Closeable {
  /** Longest line kept, in bytes; a JSON Lines row is far shorter. */
  static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int INITIAL_LINE_BYTES = 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private long consumed;
  private byte[] line = new byte[INITIAL_LINE_BYTES];
  private int length;
  private boolean tooLong;

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++;
        consumed++;
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  /** The bytes of the current line, valid from 0 to {@link #length()}, without its line end. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line was longer than {@link #MAX_LINE_BYTES} and so was not kept. */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the current line holds only blanks. */
  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  long bytesRead() {
    return consumed;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private void append(int start, int count) {
    consumed += count;
    if (tooLong) {
      return;
    }
    if ((long) length + count > MAX_LINE_BYTES) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }
}
