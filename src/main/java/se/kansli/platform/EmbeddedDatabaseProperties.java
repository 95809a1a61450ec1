package se.kansli.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files. {@code clean} wipes them at start, for tests.
 *
 * @param dataDirectory the cluster's data directory; it survives restarts
 * @param port 0 for any free port
 */
@ConfigurationProperties("kansli.embedded-database")
record EmbeddedDatabaseProperties(String dataDirectory, int port, boolean clean) {

  EmbeddedDatabaseProperties {
    dataDirectory = dataDirectory == null ? "data/postgres" : dataDirectory;
  }
}
