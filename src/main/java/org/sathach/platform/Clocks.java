package org.sathach.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The server's clock, the only clock of the platform; tests replace it to move time. */
@ApplicationScoped
public class Clocks {
  @Produces
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
