package io.sway.loader.dataset;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: shortest forms
 * only, no surrogates, nothing above U+10FFFF), counting bytes and line feeds. A parser reads ahead
 * in blocks, so it cannot tell on which line a bad byte is; this stream can, because it sees every
 * byte in order.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
  /** Bytes that are not UTF-8, located by line. */
  static final class MalformedUtf8Exception extends CharConversionException {
    private static final long serialVersionUID = 1L;
    private final long line;

    MalformedUtf8Exception(long line, String message) {
      super(message);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  private static final int CONTINUATION_MIN = 0x80;
  private static final int CONTINUATION_MAX = 0xBF;

  private long bytes;
  private long line = 1;

  /** Continuation bytes still expected by the current sequence. */
  private int pending;

  /** The bytes of the current multi-byte sequence so far, and where it starts. */
  private final StringBuilder sequence = new StringBuilder();

  private long sequenceStart;

  /** The range allowed for the next continuation byte (narrower right after some lead bytes). */
  private int nextMin = CONTINUATION_MIN;

  private int nextMax = CONTINUATION_MAX;

  Utf8CheckingInputStream(InputStream in) {
    super(in);
  }

  long bytesRead() {
    return bytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      checkComplete();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      checkComplete();
    }
    for (int i = 0; i < n; i++) {
      check(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("every byte must be checked");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(int b) throws MalformedUtf8Exception {
    long offset = bytes++;
    if (pending > 0) {
      appendHex(b);
      if (b < nextMin || b > nextMax) {
        throw bad();
      }
      pending--;
      nextMin = CONTINUATION_MIN;
      nextMax = CONTINUATION_MAX;
      return;
    }
    if (b < 0x80) {
      if (b == '\n') {
        line++;
      }
      return;
    }
    sequence.setLength(0);
    sequenceStart = offset;
    appendHex(b);
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      if (b == 0xE0) {
        nextMin = 0xA0;
      } else if (b == 0xED) {
        nextMax = 0x9F;
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      if (b == 0xF0) {
        nextMin = 0x90;
      } else if (b == 0xF4) {
        nextMax = 0x8F;
      }
    } else {
      throw bad();
    }
  }

  private void checkComplete() throws MalformedUtf8Exception {
    if (pending > 0) {
      throw new MalformedUtf8Exception(line, "the file ends inside a multi-byte character");
    }
  }

  private void appendHex(int b) {
    sequence.append(sequence.isEmpty() ? "" : " ").append(String.format("0x%02X", b));
  }

  private MalformedUtf8Exception bad() {
    return new MalformedUtf8Exception(
        line,
        "bytes "
            + sequence
            + " at offset "
            + sequenceStart
            + " (is the file saved in another encoding, such as Latin-1?)");
  }
}
