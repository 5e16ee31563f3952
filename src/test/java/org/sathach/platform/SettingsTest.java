package org.sathach.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {
  private static Settings settings(String url, String demo) {
    Settings settings = new Settings();
    settings.databaseUrl = url;
    settings.demo = demo;
    return settings;
  }

  @Test
  void demoModeIsOnByDefaultOnTheEmbeddedDatabaseOnly() {
    assertThat(settings("jdbc:h2:file:./data/sathach;MODE=LEGACY", "auto").demoMode()).isTrue();
    assertThat(settings("jdbc:mysql://127.0.0.1:3306/sathach", "auto").demoMode()).isFalse();
  }

  @Test
  void demoModeCanBeForcedEitherWay() {
    assertThat(settings("jdbc:mysql://127.0.0.1:3306/sathach", "true").demoMode()).isTrue();
    assertThat(settings("jdbc:h2:file:./data/sathach", "false").demoMode()).isFalse();
  }
}
