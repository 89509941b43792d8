package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {
  @Test
  void linesEndWithLineFeedOrCarriageReturnLineFeed() throws IOException {
    assertEquals(List.of("a", "b", "", "c"), lines("a\nb\r\n\nc"));
    assertEquals(List.of("a"), lines("a\n"));
    assertEquals(List.of(), lines(""));
  }

  @Test
  void linesLongerThanTheBufferAreKeptWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    assertEquals(List.of(longLine, "y"), lines(longLine + "\ny\n"));
  }

  @Test
  void blankMeansOnlySpacesAndTabs() throws IOException {
    ByteLineReader reader = reader(" \t \nx\n");
    assertTrue(reader.next());
    assertTrue(reader.blank());
    assertTrue(reader.next());
    assertFalse(reader.blank());
  }

  @Test
  void bytesReadCountsLineEnds() throws IOException {
    ByteLineReader reader = reader("ab\r\ncd\n");
    while (reader.next()) {
      // read to the end
    }
    assertEquals(7, reader.bytesRead());
  }

  private static ByteLineReader reader(String text) {
    return new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> lines(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteLineReader reader = reader(text);
    while (reader.next()) {
      lines.add(new String(reader.bytes(), 0, reader.length(), StandardCharsets.UTF_8));
    }
    return lines;
  }
}
