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
 * The {@code spam} section is kept as given (an immutable copy) for the spam stage.
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
      } else if (key.equals(ModelConfig.SPAM_SECTION)) {
        arguments[i] = immutableSection(key, requireObject(key, tree.get(key)));
      } else {
        arguments[i] = overlay(key, (Record) defaultValue, requireObject(key, tree.get(key)));
      }
    }
    return (ModelConfig) construct(ModelConfig.class, sections, arguments);
  }

  /** The tree of a config, every section and key present, in declaration order. */
  public static Map<String, Object> toTree(ModelConfig config) {
    Objects.requireNonNull(config, "config");
    Map<String, Object> tree = new LinkedHashMap<>();
    for (RecordComponent section : ModelConfig.class.getRecordComponents()) {
      Object value = read(section, config);
      if (value instanceof Record record) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          keys.put(component.getName(), read(component, record));
        }
        tree.put(section.getName(), Collections.unmodifiableMap(keys));
      } else {
        tree.put(section.getName(), value);
      }
    }
    return Collections.unmodifiableMap(tree);
  }

  /**
   * An immutable deep copy of a free-form section, keeping key order.
   *
   * @throws InvalidConfigException if a key is not a string, or a value is null or not a string,
   *     number, boolean, list or map
   */
  static Map<String, Object> immutableSection(String key, Map<?, ?> section) {
    Objects.requireNonNull(section, key);
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : section.entrySet()) {
      if (!(entry.getKey() instanceof String name)) {
        throw new InvalidConfigException(
            key, key + " keys must be strings, was " + describe(entry.getKey()));
      }
      copy.put(name, immutableValue(key + "." + name, entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object immutableValue(String key, Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return immutableSection(key, map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(immutableValue(key + "[" + i + "]", list.get(i)));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new InvalidConfigException(
        key, key + " must be a string, number, boolean, list or object, was " + describe(value));
  }

  private static Record overlay(String sectionKey, Record defaults, Map<?, ?> given) {
    RecordComponent[] components = defaults.getClass().getRecordComponents();
    requireKnownKeys(sectionKey + ".", given, components);
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = component.getName();
      arguments[i] =
          given.containsKey(name)
              ? convert(sectionKey + "." + name, component.getType(), given.get(name))
              : read(component, defaults);
    }
    return construct(defaults.getClass(), components, arguments);
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
    throw new IllegalStateException("no mapping for config values of type " + type + " (" + key + ")");
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
      Class<?> type, RecordComponent[] components, Object[] arguments) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
      return (Record) canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException invalid) {
        throw invalid;
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
