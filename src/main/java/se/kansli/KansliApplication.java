package se.kansli;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import se.kansli.minutesimport.ImportMinutesCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KansliApplication {

  public static void main(String[] args) {
    // The minutes import's dry run needs no database or server: run it before Spring starts.
    if (args.length > 0 && ImportMinutesCommand.NAME.equals(args[0])) {
      System.exit(ImportMinutesCommand.onConsole().run(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(KansliApplication.class, args);
  }
}
