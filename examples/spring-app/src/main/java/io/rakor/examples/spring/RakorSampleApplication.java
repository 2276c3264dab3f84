package io.rakor.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application: Rakor's store, service and health indicator come from the starter. */
@SpringBootApplication
public class RakorSampleApplication {
  /** Created by Spring. */
  public RakorSampleApplication() {}

  /**
   * Starts the application (on the H2 file of {@code application.properties} unless {@code
   * spring.datasource.*} says otherwise).
   *
   * @param args Spring Boot's command line
   */
  public static void main(String[] args) {
    SpringApplication.run(RakorSampleApplication.class, args);
  }
}
