package org.sathach.marking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sathach.exam.ExamFixtures;
import org.sathach.identity.Role;
import org.sathach.identity.Users;

/**
 * Test scaffolding, deployed only with the tests: examiners with known passwords (the demo accounts
 * hold one examiner, blind double marking needs three).
 */
@ApplicationScoped
public class MarkingFixtures {
  @Inject Users users;

  /** An examiner who can log in with {@link ExamFixtures#PASSWORD}. */
  public record Examiner(String username, String fullName) {}

  public List<Examiner> examiners(int count) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    List<Examiner> created = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String username = "gk-" + tag + "-" + i;
      String fullName = "Giám khảo " + tag + " " + i;
      users.create(username, fullName, null, Set.of(Role.EXAMINER), ExamFixtures.PASSWORD, false);
      created.add(new Examiner(username, fullName));
    }
    return created;
  }
}
