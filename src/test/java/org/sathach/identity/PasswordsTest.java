package org.sathach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  // Few iterations keep the unit test fast; the container uses Passwords.DEFAULT_ITERATIONS.
  private final Passwords passwords = Passwords.using(new Pbkdf2PasswordHashImpl(), 1_024);

  @Test
  void hashVerifiesOnlyTheRightPassword() {
    String hash = passwords.hash("Mật khẩu 2026");
    assertThat(passwords.matches("Mật khẩu 2026", hash)).isTrue();
    assertThat(passwords.matches("mật khẩu 2026", hash)).isFalse();
    assertThat(passwords.matches("", hash)).isFalse();
  }

  @Test
  void hashIsSaltedAndNamesItsAlgorithm() {
    String first = passwords.hash("Candidate@2026");
    String second = passwords.hash("Candidate@2026");
    assertThat(first).isNotEqualTo(second).startsWith("PBKDF2WithHmacSHA512:1024:");
    assertThat(first).doesNotContain("Candidate@2026");
  }

  @Test
  void hashMadeWithOtherIterationsStillVerifies() {
    String old = Passwords.using(new Pbkdf2PasswordHashImpl(), 2_048).hash("Proctor@2026");
    assertThat(passwords.matches("Proctor@2026", old)).isTrue();
  }

  @Test
  void malformedOrMissingHashNeverMatches() {
    assertThat(passwords.matches("x", "not-a-hash")).isFalse();
    assertThat(passwords.matches("x", null)).isFalse();
    assertThat(passwords.matches(null, passwords.hash("x1234567"))).isFalse();
  }

  @Test
  void passwordRulesNameTheFirstProblem() {
    assertThat(Passwords.problemWith("short1", "nam")).isEqualTo("password.tooShort");
    assertThat(Passwords.problemWith("onlyletters", "nam")).isEqualTo("password.tooSimple");
    assertThat(Passwords.problemWith("12345678", "nam")).isEqualTo("password.tooSimple");
    assertThat(Passwords.problemWith("Nguyen.Nam2026", "nguyen.nam"))
        .isEqualTo("password.containsUsername");
    assertThat(Passwords.problemWith("Hai Phong 2026", "nam")).isNull();
  }

  @Test
  void generatedPasswordsAreLongAndDifferent() {
    assertThat(Passwords.generate()).hasSize(14).isNotEqualTo(Passwords.generate());
  }
}
