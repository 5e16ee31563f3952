package org.sathach.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 (Payara's {@link Pbkdf2PasswordHash}), and
 * holds the password rules. The hash string records its own algorithm, iterations and salt, so
 * raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class Passwords {
  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
  static final int DEFAULT_ITERATIONS = 210_000;

  static final int MIN_LENGTH = 8;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Pbkdf2PasswordHash hash;

  protected Passwords() {}

  @Inject
  Passwords(
      Pbkdf2PasswordHash hash,
      @ConfigProperty(name = "sathach.password.iterations", defaultValue = "210000")
          int iterations) {
    this.hash = configure(hash, iterations);
  }

  /** Configures a hash implementation; used by the container and by unit tests. */
  static Pbkdf2PasswordHash configure(Pbkdf2PasswordHash hash, int iterations) {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    return hash;
  }

  static Passwords using(Pbkdf2PasswordHash hash, int iterations) {
    Passwords passwords = new Passwords();
    passwords.hash = configure(hash, iterations);
    return passwords;
  }

  private volatile String decoy;

  /** A hash to check unknown users against, so a login takes as long whether the user exists. */
  String decoyHash() {
    if (decoy == null) {
      decoy = hash(generate());
    }
    return decoy;
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    if (password == null || storedHash == null) {
      return false;
    }
    try {
      return hash.verify(password.toCharArray(), storedHash);
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }

  /**
   * Returns the message key of the first rule a new password breaks, or null if it is acceptable.
   */
  public static String problemWith(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "password.tooShort";
    }
    if (password.chars().allMatch(Character::isLetter)
        || password.chars().allMatch(Character::isDigit)) {
      return "password.tooSimple";
    }
    if (username != null && password.toLowerCase().contains(User.normalize(username))) {
      return "password.containsUsername";
    }
    return null;
  }

  /** A random password for a reset or the first administrator: 14 unambiguous characters. */
  public static String generate() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
