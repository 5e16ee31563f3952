package org.sathach.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlDataSourceTest {
  @Test
  void addsThePoolSettingsToAUrlWithoutOptions() {
    assertThat(JdbcUrlDataSource.withDefaults("jdbc:mysql://127.0.0.1:3306/sathach"))
        .isEqualTo(
            "jdbc:mysql://127.0.0.1:3306/sathach?cachePrepStmts=true&prepStmtCacheSize=250"
                + "&prepStmtCacheSqlLimit=2048&useLocalSessionState=true"
                + "&cacheServerConfiguration=true&useServerPrepStmts=true"
                + "&openTelemetry=DISABLED");
  }

  @Test
  void keepsWhatTheUrlAlreadySays() {
    String url =
        JdbcUrlDataSource.withDefaults(
            "jdbc:mysql://db/sathach?useSSL=false&CachePrepStmts=false&useLocalSessionState=false");
    assertThat(url)
        .startsWith(
            "jdbc:mysql://db/sathach?useSSL=false&CachePrepStmts=false&useLocalSessionState=false&")
        .contains("&prepStmtCacheSize=250")
        .doesNotContain("cachePrepStmts=true")
        .doesNotContain("useLocalSessionState=true");
  }
}
