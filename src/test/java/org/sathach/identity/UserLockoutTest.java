package org.sathach.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserLockoutTest {
  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

  private final User user = new User("Candidate", "Đặng Thị Thí", NOW);

  @Test
  void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      assertThat(user.registerFailedLogin(NOW.plusSeconds(i), POLICY)).isFalse();
    }
    assertThat(user.isLockedAt(NOW.plusSeconds(4))).isFalse();
    assertThat(user.registerFailedLogin(NOW.plusSeconds(5), POLICY)).isTrue();
    assertThat(user.isLockedAt(NOW.plusSeconds(6))).isTrue();
    assertThat(user.getLockedUntil()).isEqualTo(NOW.plusSeconds(5).plus(Duration.ofMinutes(15)));
  }

  @Test
  void lockRunsOutAfterItsDurationAndCountingStartsAfresh() {
    for (int i = 0; i < 5; i++) {
      user.registerFailedLogin(NOW, POLICY);
    }
    Instant later = NOW.plus(Duration.ofMinutes(15));
    assertThat(user.isLockedAt(later.minusSeconds(1))).isTrue();
    assertThat(user.isLockedAt(later)).isFalse();
    assertThat(user.registerFailedLogin(later, POLICY)).isFalse();
    assertThat(user.getFailedLogins()).isEqualTo(1);
  }

  @Test
  void successfulLoginClearsTheCount() {
    user.registerFailedLogin(NOW, POLICY);
    user.registerFailedLogin(NOW, POLICY);
    user.registerSuccessfulLogin(NOW);
    assertThat(user.getFailedLogins()).isZero();
    assertThat(user.getLastLoginAt()).isEqualTo(NOW);
    for (int i = 0; i < 4; i++) {
      assertThat(user.registerFailedLogin(NOW, POLICY)).isFalse();
    }
  }

  @Test
  void policyIsConfigurable() {
    LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(60));
    user.registerFailedLogin(NOW, strict);
    assertThat(user.registerFailedLogin(NOW, strict)).isTrue();
    assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void policyRejectsNonsense() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userNamesAreNormalized() {
    assertThat(user.getUsername()).isEqualTo("candidate");
    assertThat(User.normalize("  Admin ")).isEqualTo("admin");
  }
}
