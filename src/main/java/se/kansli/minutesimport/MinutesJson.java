package se.kansli.minutesimport;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Parsed minutes as pretty-printed JSON, the shape of {@link ParsedMinutes}. */
public final class MinutesJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private MinutesJson() {}

  public static String write(ParsedMinutes minutes) {
    return MAPPER.writeValueAsString(minutes);
  }

  static JsonMapper mapper() {
    return MAPPER;
  }
}
