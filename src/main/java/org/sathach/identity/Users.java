package org.sathach.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sathach.audit.AuditTrail;

/**
 * The boundary of identity: logins with lockout, and the administration of users and roles. Every
 * login outcome and every change to a user is recorded in the audit trail.
 */
@ApplicationScoped
@Transactional
public class Users {
  private static final Set<String> SORTABLE =
      Set.of("username", "fullName", "email", "enabled", "createdAt", "lastLoginAt");

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "sathach.lockout.attempts", defaultValue = "5")
  int lockoutAttempts;

  @Inject
  @ConfigProperty(name = "sathach.lockout.minutes", defaultValue = "15")
  int lockoutMinutes;

  public LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
  }

  /** Checks a login and records its outcome; the counters and the audit commit together. */
  @Transactional
  public LoginResult login(String username, String password) {
    String name = User.normalize(username);
    Optional<User> found = find(name);
    if (found.isEmpty()) {
      passwords.matches(password, passwords.decoyHash()); // same time as a known user
      audit.record(clipName(name), "LOGIN_FAILED", "user:" + clipName(name), "unknown user", null);
      return LoginResult.of(LoginResult.Outcome.BAD_CREDENTIALS, null);
    }
    User user = found.get();
    var now = clock.instant();
    if (!user.isEnabled()) {
      audit.record(name, "LOGIN_FAILED", target(user), "account disabled", null);
      return LoginResult.of(LoginResult.Outcome.DISABLED, user);
    }
    if (user.isLockedAt(now)) {
      audit.record(name, "LOGIN_FAILED", target(user), "account locked", null);
      return LoginResult.of(LoginResult.Outcome.LOCKED, user);
    }
    if (!passwords.matches(password, user.getPasswordHash())) {
      boolean locked = user.registerFailedLogin(now, lockoutPolicy());
      audit.record(name, "LOGIN_FAILED", target(user), "wrong password", null);
      if (locked) {
        audit.record(
            name,
            "ACCOUNT_LOCKED",
            target(user),
            "locked until " + user.getLockedUntil() + " after " + lockoutAttempts + " failures",
            null);
        return LoginResult.of(LoginResult.Outcome.JUST_LOCKED, user);
      }
      return LoginResult.of(LoginResult.Outcome.BAD_CREDENTIALS, user);
    }
    user.registerSuccessfulLogin(now);
    audit.record(name, "LOGIN", target(user), null, null);
    return LoginResult.of(LoginResult.Outcome.SUCCESS, user);
  }

  @Transactional
  public void recordLogout(String username) {
    audit.record(username, "LOGOUT", "user:" + username, null, null);
  }

  public Optional<User> find(String username) {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", User.normalize(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<User> find(long id) {
    return Optional.ofNullable(em.find(User.class, id));
  }

  /** Creates a user with the given password; {@code mustChange} forces a change at first login. */
  @Transactional
  public User create(
      String username,
      String fullName,
      String email,
      Set<Role> roles,
      String password,
      boolean mustChange) {
    String name = User.normalize(username);
    if (find(name).isPresent()) {
      throw new UserProblem("user.username.taken");
    }
    if (roles == null || roles.isEmpty()) {
      throw new UserProblem("user.roles.required");
    }
    User user = new User(name, fullName.trim(), clock.instant());
    user.setEmail(email);
    user.setRoles(roles);
    user.setPasswordHash(passwords.hash(password));
    user.setMustChangePassword(mustChange);
    em.persist(user);
    audit.record("USER_CREATED", target(user), "roles=" + sorted(roles), null);
    return user;
  }

  /** Changes name, e-mail and roles. The last enabled administrator keeps the ADMIN role. */
  @Transactional
  public User update(long id, String fullName, String email, Set<Role> roles, String reason) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new UserProblem("user.notFound");
    }
    if (roles == null || roles.isEmpty()) {
      throw new UserProblem("user.roles.required");
    }
    if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastAdmin(user)) {
      throw new UserProblem("user.lastAdmin");
    }
    Set<Role> before = user.getRoles();
    user.setFullName(fullName.trim());
    user.setEmail(email);
    user.setRoles(roles);
    audit.record("USER_UPDATED", target(user), "fullName, email", reason);
    if (!before.equals(EnumSet.copyOf(roles))) {
      audit.record("ROLES_CHANGED", target(user), sorted(before) + " -> " + sorted(roles), reason);
    }
    return user;
  }

  @Transactional
  public User setEnabled(long id, boolean enabled, String reason) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new UserProblem("user.notFound");
    }
    if (!enabled && user.hasRole(Role.ADMIN) && isLastAdmin(user)) {
      throw new UserProblem("user.lastAdmin");
    }
    if (user.isEnabled() != enabled) {
      user.setEnabled(enabled);
      audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", target(user), null, reason);
    }
    return user;
  }

  /** Sets a new random password that must be changed at the next login; lifts any lockout. */
  @Transactional
  public String resetPassword(long id, String reason) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new UserProblem("user.notFound");
    }
    String temporary = Passwords.generate();
    user.setPasswordHash(passwords.hash(temporary));
    user.setMustChangePassword(true);
    user.unlock();
    audit.record("PASSWORD_RESET", target(user), null, reason);
    return temporary;
  }

  /** The user's own change: the current password must be right and the new one follow the rules. */
  @Transactional
  public void changePassword(String username, String current, String replacement) {
    User user = find(username).orElseThrow(() -> new UserProblem("user.notFound"));
    if (!passwords.matches(current, user.getPasswordHash())) {
      throw new UserProblem("password.currentWrong");
    }
    String problem = Passwords.problemWith(replacement, username);
    if (problem != null) {
      throw new UserProblem(problem);
    }
    if (passwords.matches(replacement, user.getPasswordHash())) {
      throw new UserProblem("password.sameAsOld");
    }
    user.setPasswordHash(passwords.hash(replacement));
    user.setMustChangePassword(false);
    audit.record(user.getUsername(), "PASSWORD_CHANGED", target(user), null, null);
  }

  @Transactional
  public void setPreferredLocale(String username, Locale locale) {
    find(username).ifPresent(user -> user.setPreferredLocale(locale.getLanguage()));
  }

  public long countActiveAdmins() {
    return em.createNamedQuery(User.ACTIVE_ADMINS, Long.class).getSingleResult();
  }

  /** One page of users for the administration table, filtered and sorted in the database. */
  public List<User> page(UserFilter filter, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<User> query = cb.createQuery(User.class);
    Root<User> user = query.from(User.class);
    query.select(user).where(predicates(cb, query, user, filter));
    String field = SORTABLE.contains(filter.sortField()) ? filter.sortField() : "username";
    Path<Object> sortBy = user.get(field);
    query.orderBy(filter.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(user.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(UserFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<User> user = query.from(User.class);
    query.select(cb.count(user)).where(predicates(cb, query, user, filter));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb, CriteriaQuery<?> query, Root<User> user, UserFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(user.get("username")), like),
              cb.like(cb.lower(user.get("fullName")), like)));
    }
    if (filter.role() != null) {
      where.add(cb.isMember(filter.role(), user.<Set<Role>>get("roles")));
    }
    if (filter.enabled() != null) {
      where.add(cb.equal(user.get("enabled"), filter.enabled()));
    }
    return where.toArray(new Predicate[0]);
  }

  private boolean isLastAdmin(User user) {
    return user.isEnabled() && countActiveAdmins() <= 1;
  }

  private static String target(User user) {
    return "user:" + user.getUsername();
  }

  private static String clipName(String name) {
    return name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
  }

  private static String sorted(Set<Role> roles) {
    return new TreeSet<>(roles).toString();
  }
}
