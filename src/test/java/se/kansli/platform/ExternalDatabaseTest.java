package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the standard spring.datasource.* settings Kansli uses that PostgreSQL: the embedded one is
 * not started, and Flyway builds the schema there. The "external" server here is a separate
 * PostgreSQL process started by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseTest {

  static final EmbeddedPostgres EXTERNAL = start();

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(Files.createTempDirectory("kansli-external-pg"))
          .setCleanDataDirectory(true)
          .start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void external(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void stop() throws IOException {
    EXTERNAL.close();
  }

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void theConfiguredDatabaseIsUsedAndMigrated() {
    assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
    assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single())
        .isEqualTo(EXTERNAL.getPort());
    assertThat(jdbc.sql("select count(*) from organisations").query(Integer.class).single())
        .isEqualTo(15);
    assertThat(jdbc.sql("select version()").query(String.class).single()).contains("PostgreSQL");
  }
}
