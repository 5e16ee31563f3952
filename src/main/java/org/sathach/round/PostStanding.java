package org.sathach.round;

import java.util.List;

/**
 * How a post stands: its applications, how many are eligible (by the verdict in force), how many
 * the committee has not decided yet, and whether it can be examined at all.
 */
public record PostStanding(
    Post post, int applications, int eligible, int pending, boolean examinable) {

  static PostStanding of(Post post, List<Application> applications, int minEligible) {
    int eligible = (int) applications.stream().filter(Application::isEligible).count();
    int pending =
        (int) applications.stream().filter(a -> a.getDecision() == Decision.PENDING).count();
    return new PostStanding(post, applications.size(), eligible, pending, eligible >= minEligible);
  }
}
