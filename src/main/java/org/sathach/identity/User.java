package org.sathach.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sathach.platform.UtcInstantConverter;

/** A person who logs in: their roles, password hash, language and the state of lockout. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(
    name = User.ACTIVE_ADMINS,
    query =
        "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = org.sathach.identity.Role.ADMIN"
            + " AND u.enabled = TRUE")
public class User {
  static final String BY_USERNAME = "User.byUsername";
  static final String ACTIVE_ADMINS = "User.activeAdmins";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank(message = "{user.username.required}")
  @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{user.username.pattern}")
  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @NotBlank(message = "{user.fullName.required}")
  @Size(max = 200)
  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Email(message = "{user.email.invalid}")
  @Size(max = 200)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "preferred_locale", nullable = false)
  private String preferredLocale = "vi";

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected User() {}

  public User(String username, String fullName, Instant createdAt) {
    this.username = normalize(Objects.requireNonNull(username, "username"));
    this.fullName = Objects.requireNonNull(fullName, "fullName");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** User names are compared without regard to case or surrounding spaces. */
  public static String normalize(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  /** True while a lockout is in force at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed login. Returns true when this failure locks the account. A lockout that has run
   * out starts the count afresh.
   */
  public boolean registerFailedLogin(Instant now, LockoutPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      lockedUntil = null;
      failedLogins = 0;
    }
    failedLogins++;
    if (failedLogins >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockFor());
      failedLogins = 0;
      return true;
    }
    return false;
  }

  public void registerSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** Lifts a lockout, e.g. when an administrator resets the password. */
  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  void setMustChangePassword(boolean mustChangePassword) {
    this.mustChangePassword = mustChangePassword;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getPreferredLocale() {
    return preferredLocale;
  }

  void setPreferredLocale(String preferredLocale) {
    this.preferredLocale = preferredLocale;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  void setRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }
}
