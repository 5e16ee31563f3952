package org.sathach.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: the packaged application itself (built by {@code mvn
 * package} before the integration tests run), so tests exercise exactly what ships.
 */
public final class Deployments {
  private Deployments() {}

  /** The application WAR as built, for browser tests (nothing added). */
  public static WebArchive application() {
    String path = System.getProperty("sathach.war", "target/ROOT.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /** The application WAR plus the given in-container test classes. */
  public static WebArchive applicationWith(Class<?>... testClasses) {
    return application().addClasses(testClasses);
  }

  /**
   * The application WAR plus the test scaffolding ({@code /api/test-fixtures}, ADMIN only) and the
   * given test classes: for tests that drive the application from outside.
   */
  public static WebArchive applicationWithFixtures(Class<?>... testClasses) {
    return application()
        .addClasses(
            FixtureResource.class,
            org.sathach.exam.ExamFixtures.class,
            org.sathach.round.RoundFixtures.class)
        .addClasses(testClasses);
  }
}
