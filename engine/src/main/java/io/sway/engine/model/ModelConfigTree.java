package io.sway.engine.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Maps a config file's tree onto a {@link ModelConfig} and back, without tying the engine to a
 * parser: the tree is what JSON and YAML libraries produce for an untyped read (Jackson's {@code
 * readValue(file, Map.class)}, SnakeYAML's {@code load}): maps with string keys, numbers, booleans,
 * strings and lists.
 *
 * <p>Reading starts from the {@linkplain ModelConfig#defaults() defaults} and overlays what the
 * tree gives, so a file names only what it changes. It rejects, naming the dotted key: an unknown
 * section or key ({@code "unknown key amplification.priorStrenght; known keys: ..."}), a value of
 * the wrong type ({@code "topics.minEngagedPosts must be an integer, was 2.5"}), and every value the
 * section's own validation rejects ({@code "amplification.priorStrength must be > 0, was -1"}).
 * Sections nest ({@code spam.coefficients.cohort}); a list of strings ({@code spam.seeds}) is
 * read as given.
 *
 * <p>Writing gives the same shape with every key present, for the run record that stores the
 * config that produced a run.
 *
 * <p>The sections are the record components of {@link ModelConfig} and their keys the components
 * of each section's record, found by reflection, so a field added to a config record is readable
 * and writable with no change here.
 */
public final class ModelConfigTree {
  private ModelConfigTree() {}

  /**
   * The config a file's tree describes: the defaults, overlaid with the tree's values.
   *
   * @param tree the file's top-level object
   * @throws InvalidConfigException naming the dotted key and the value, for an unknown key, a
   *     value of the wrong type or a value out of range
   */
  public static ModelConfig fromTree(Map<String, ?> tree) {
    Objects.requireNonNull(tree, "tree");
    ModelConfig defaults = ModelConfig.defaults();
    RecordComponent[] sections = ModelConfig.class.getRecordComponents();
    requireKnownKeys("", tree, sections);
    Object[] arguments = new Object[sections.length];
    for (int i = 0; i < sections.length; i++) {
      RecordComponent section = sections[i];
      String key = section.getName();
      Object defaultValue = read(section, defaults);
      if (!tree.containsKey(key)) {
        arguments[i] = defaultValue;
      } else {
        arguments[i] = overlay(key, (Record) defaultValue, requireObject(key, tree.get(key)));
      }
    }
    return (ModelConfig) construct("", ModelConfig.class, sections, arguments);
  }

  /** The tree of a config, every section and key present, in declaration order. */
  public static Map<String, Object> toTree(ModelConfig config) {
    Objects.requireNonNull(config, "config");
    return treeOf(config);
  }

  private static Map<String, Object> treeOf(Record record) {
    Map<String, Object> keys = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = read(component, record);
      keys.put(component.getName(), value instanceof Record nested ? treeOf(nested) : value);
    }
    return Collections.unmodifiableMap(keys);
  }

  private static Record overlay(String sectionKey, Record defaults, Map<?, ?> given) {
    RecordComponent[] components = defaults.getClass().getRecordComponents();
    requireKnownKeys(sectionKey + ".", given, components);
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = component.getName();
      String key = sectionKey + "." + name;
      Object defaultValue = read(component, defaults);
      if (!given.containsKey(name)) {
        arguments[i] = defaultValue;
      } else if (defaultValue instanceof Record nested) {
        arguments[i] = overlay(key, nested, requireObject(key, given.get(name)));
      } else {
        arguments[i] = convert(key, component.getType(), given.get(name));
      }
    }
    return construct(sectionKey, defaults.getClass(), components, arguments);
  }

  private static Object convert(String key, Class<?> type, Object value) {
    if (type == double.class) {
      if (value instanceof Number number) {
        return number.doubleValue();
      }
      throw new InvalidConfigException(key, key + " must be a number, was " + describe(value));
    }
    if (type == int.class) {
      Integer exact = exactInt(value);
      if (exact == null) {
        throw new InvalidConfigException(key, key + " must be an integer, was " + describe(value));
      }
      return exact;
    }
    if (type == boolean.class) {
      if (value instanceof Boolean flag) {
        return flag;
      }
      throw new InvalidConfigException(
          key, key + " must be true or false, was " + describe(value));
    }
    if (type == List.class) {
      return stringList(key, value);
    }
    throw new IllegalStateException("no mapping for config values of type " + type + " (" + key + ")");
  }

  private static List<String> stringList(String key, Object value) {
    if (!(value instanceof List<?> list)) {
      throw new InvalidConfigException(
          key, key + " must be a list of strings, was " + describe(value));
    }
    List<String> strings = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String text)) {
        throw new InvalidConfigException(
            key, key + "[" + i + "] must be a string, was " + describe(list.get(i)));
      }
      strings.add(text);
    }
    return strings;
  }

  /** The value as an {@code int} when it is a number with an integral value in range, else null. */
  private static Integer exactInt(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
      try {
        return new BigDecimal(value.toString()).intValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    return null;
  }

  private static Map<?, ?> requireObject(String key, Object value) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new InvalidConfigException(key, key + " must be an object, was " + describe(value));
  }

  private static void requireKnownKeys(String prefix, Map<?, ?> given, RecordComponent[] known) {
    for (Object key : given.keySet()) {
      boolean found = false;
      for (RecordComponent component : known) {
        found |= component.getName().equals(key);
      }
      if (!found) {
        StringJoiner names = new StringJoiner(", ");
        for (RecordComponent component : known) {
          names.add(prefix + component.getName());
        }
        throw new InvalidConfigException(
            prefix + key, "unknown key " + prefix + key + "; known keys: " + names);
      }
    }
  }

  private static Object read(RecordComponent component, Record owner) {
    try {
      return component.getAccessor().invoke(owner);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read config key " + component.getName(), e);
    }
  }

  private static Record construct(
      String key, Class<?> type, RecordComponent[] components, Object[] arguments) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
      return (Record) canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidConfigException invalid) {
        throw invalid;
      }
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        throw new InvalidConfigException(key, invalid.getMessage());
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static String describe(Object value) {
    return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
  }
}
