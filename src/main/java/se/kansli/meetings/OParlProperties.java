package se.kansli.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where civic tools reach Kansli, e.g. {@code https://kansli.example.se}; OParl
 *     ids are URLs that must stay the same however a client reached the server, so a deployment
 *     behind a reverse proxy sets this. Unset, the URLs are built from each request.
 */
@ConfigurationProperties("kansli.oparl")
record OParlProperties(String publicUrl) {

  OParlProperties {
    publicUrl =
        publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
  }
}
