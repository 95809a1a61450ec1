package se.kansli.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from Maven Central binaries when no {@code spring.datasource.url} is
 * set, so that a machine with only a JDK can run Kansli. Setting SPRING_DATASOURCE_URL (and
 * _USERNAME, _PASSWORD) switches to an external PostgreSQL 15+ and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** One server per data directory and JVM: test contexts share it instead of clashing. */
  private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

  @Bean
  DataSource dataSource(EmbeddedDatabaseProperties properties) {
    EmbeddedPostgres postgres =
        RUNNING.computeIfAbsent(
            Path.of(properties.dataDirectory()).toAbsolutePath().normalize(),
            dir -> start(dir, properties));
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(20);
    ds.setPoolName("kansli-embedded");
    return ds;
  }

  private static EmbeddedPostgres start(Path dir, EmbeddedDatabaseProperties properties) {
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(properties.clean())
              .setServerConfig("max_connections", "200")
              .setServerConfig("shared_buffers", sharedBuffers())
              // Sorts and bitmaps of a broad search fit in memory (4MB spilled to disk and made
              // the bitmap lossy, rechecking every row of the pages it touched).
              .setServerConfig("work_mem", "16MB")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("default_text_search_config", "pg_catalog.swedish")
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8");
      if (properties.port() > 0) {
        builder.setPort(properties.port());
      }
      EmbeddedPostgres postgres = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
      log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
    }
  }

  /**
   * A quarter of the machine's memory, from 128MB up to 2GB: enough to keep the cases and documents
   * of a registry of a million cases (about 1.3GB) in PostgreSQL's own cache, where a search that
   * meets many rows finds them; 512MB sent most of those reads to the kernel. Memory is only taken
   * as pages are used.
   */
  static String sharedBuffers() {
    long total =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize()
            : 0;
    long mb = Math.clamp(total / 4 / (1024 * 1024), 128, 2048);
    return mb + "MB";
  }

  private static void close(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
