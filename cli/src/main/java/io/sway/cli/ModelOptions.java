package io.sway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.engine.model.ModelConfigTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The model's settings: a JSON config file over the documented defaults. */
final class ModelOptions {
  private static final String HISTORY_SECTION = "history";
  private static final String ALPHA_KEY = "alpha";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Model config (JSON; every key optional, see README, Model config; "
          + "default: the documented defaults).")
  Path config;

  /** The model config and the smoothing, read from {@code --config} when given. */
  record Settings(ModelConfig model, ScoreSmoothing smoothing) {}

  Settings settings() {
    if (config == null) {
      return new Settings(ModelConfig.defaults(), ScoreSmoothing.defaults());
    }
    Map<String, Object> tree = read(config);
    ScoreSmoothing smoothing = ScoreSmoothing.defaults();
    Object history = tree.remove(HISTORY_SECTION);
    if (history != null) {
      if (!(history instanceof Map<?, ?> section)) {
        throw new UserException(config + ": history must be an object, was " + history);
      }
      for (Map.Entry<?, ?> entry : section.entrySet()) {
        if (!ALPHA_KEY.equals(entry.getKey()) || !(entry.getValue() instanceof Number alpha)) {
          throw new UserException(config + ": unknown or bad key history." + entry.getKey()
              + " = " + entry.getValue() + " (expected history.alpha, a number)");
        }
        smoothing = new ScoreSmoothing(alpha.doubleValue());
      }
    }
    try {
      return new Settings(ModelConfigTree.fromTree(tree), smoothing);
    } catch (IllegalArgumentException e) {
      throw new UserException(config + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserException("config file not found: " + file);
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> tree = new ObjectMapper().readValue(file.toFile(), Map.class);
      return new LinkedHashMap<>(tree);
    } catch (JsonProcessingException e) {
      throw new UserException(file + ": not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
