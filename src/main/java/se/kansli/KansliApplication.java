package se.kansli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KansliApplication {

  public static void main(String[] args) {
    SpringApplication.run(KansliApplication.class, args);
  }
}
