package io.sway.cypher;

/**
 * A parameter of a library query, declared in its header as {@code // param: NAME TYPE [=
 * DEFAULT] -- description}; without a default it is required.
 *
 * @param defaultValue the value used when none is given (may be {@code null}: "none"); only
 *     meaningful when {@code required} is false
 */
public record QueryParameter(
    String name, ParameterType type, boolean required, Object defaultValue, String description) {

  /** How the parameter reads in a listing, e.g. {@code n INTEGER = 20}. */
  public String signature() {
    return name + " " + type.headerName()
        + (required ? " (required)" : " = " + ParameterType.cypherLiteral(defaultValue));
  }
}
