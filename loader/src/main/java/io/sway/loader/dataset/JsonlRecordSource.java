package io.sway.loader.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads a JSON Lines file: one JSON object per line, UTF-8, blank lines ignored. Fields the dataset
 * does not know are ignored; a known field must hold a string, number, boolean or null (null
 * meaning absent), or, for a list field such as {@code topics}, an array of those, which is joined
 * with {@code ';'} so that CSV and JSON Lines go through the same checks.
 */
final class JsonlRecordSource implements RecordSource {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String fileName;
  private final Set<String> knownFields;
  private final Problems problems;
  private final ByteLineReader lines;
  private long lineNumber;

  JsonlRecordSource(Path file, DatasetFile kind, Problems problems) throws IOException {
    this.fileName = file.getFileName().toString();
    this.knownFields = new HashSet<>(kind.requiredFields());
    knownFields.addAll(kind.optionalFields());
    this.problems = problems;
    this.lines = new ByteLineReader(Files.newInputStream(file));
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public boolean declares(String field) {
    return true;
  }

  @Override
  public RawRow next() throws IOException {
    while (lines.next()) {
      lineNumber++;
      if (lines.tooLong()) {
        problems.add(
            fileName,
            lineNumber,
            null,
            "line longer than " + ByteLineReader.MAX_LINE_BYTES + " bytes, skipped");
        continue;
      }
      if (lines.blank()) {
        continue;
      }
      int offset = lineNumber == 1 && startsWithByteOrderMark() ? BYTE_ORDER_MARK.length : 0;
      JsonNode node;
      try (JsonParser parser =
          MAPPER.createParser(lines.bytes(), offset, lines.length() - offset)) {
        node = MAPPER.readTree(parser);
        if (parser.nextToken() != null) {
          problems.add(
              fileName,
              lineNumber,
              null,
              "malformed JSON: more than one value on the line (expected one object per line)");
          continue;
        }
      } catch (JsonProcessingException e) {
        problems.add(fileName, lineNumber, null, "malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      if (!node.isObject()) {
        problems.add(fileName, lineNumber, null, "expected a JSON object, found " + describe(node));
        continue;
      }
      Map<String, String> values = values(node);
      if (values != null) {
        return new JsonRow(lineNumber, values);
      }
    }
    return null;
  }

  @Override
  public long bytesRead() {
    return lines.bytesRead();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  private boolean startsWithByteOrderMark() {
    byte[] bytes = lines.bytes();
    return lines.length() >= BYTE_ORDER_MARK.length
        && bytes[0] == BYTE_ORDER_MARK[0]
        && bytes[1] == BYTE_ORDER_MARK[1]
        && bytes[2] == BYTE_ORDER_MARK[2];
  }

  /** The known fields of {@code object} as text, or null when one of them has the wrong shape. */
  private Map<String, String> values(JsonNode object) {
    Map<String, String> values = new HashMap<>();
    boolean wellFormed = true;
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String field = property.getKey();
      if (!knownFields.contains(field)) {
        continue;
      }
      JsonNode value = property.getValue();
      String problem = shapeProblem(field, value);
      if (problem != null) {
        problems.add(fileName, lineNumber, field, problem);
        wellFormed = false;
        continue;
      }
      String text =
          value.isArray() ? joinItems(value) : value.isNull() ? null : RawRow.clean(value.asText());
      if (text != null) {
        values.put(field, text);
      }
    }
    return wellFormed ? values : null;
  }

  /** What is wrong with the shape of {@code value} for {@code field}, or null when nothing is. */
  private static String shapeProblem(String field, JsonNode value) {
    if (value.isValueNode()) {
      return null;
    }
    if (!value.isArray() || !Field.LIST_FIELDS.contains(field)) {
      return "expected a string, number or boolean, found " + describe(value);
    }
    for (JsonNode item : value) {
      if (!item.isValueNode()) {
        return "expected an array of strings, found an item that is " + describe(item);
      }
    }
    return null;
  }

  private static String joinItems(JsonNode array) {
    StringJoiner joined = new StringJoiner(String.valueOf(Field.LIST_SEPARATOR));
    for (JsonNode item : array) {
      if (!item.isNull()) {
        joined.add(item.asText());
      }
    }
    return RawRow.clean(joined.toString());
  }

  private static String describe(JsonNode value) {
    return value.isArray()
        ? "an array"
        : value.isObject()
            ? "an object"
            : "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A row of a JSON object's known fields, already cleaned. */
  private record JsonRow(long line, Map<String, String> values) implements RawRow {
    @Override
    public String value(String field) {
      return values.get(field);
    }
  }
}
