package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message key has a Swedish and an English text, so no page shows a key or mixes in Swedish.
 */
class MessagesInBothLanguagesTest {

  @Test
  void swedishAndEnglishHaveTheSameKeys() throws IOException {
    Properties swedish = load("/i18n/messages.properties");
    Properties english = load("/i18n/messages_en.properties");
    assertThat(english.stringPropertyNames())
        .as("keys in messages_en.properties")
        .containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
  }

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            MessagesInBothLanguagesTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
