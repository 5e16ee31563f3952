package org.sathach.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.sathach.identity.User;

/**
 * Test scaffolding: an application decided eligible, written straight to the database, so that
 * fixtures work whoever calls them (an administrator over HTTP is not the committee).
 */
@ApplicationScoped
@Transactional
public class RoundFixtures {
  @PersistenceContext EntityManager em;

  /** Persists the application of the form's facts for the user and confirms its verdict. */
  public Application confirmedApplication(ApplicationForm form, String username) {
    Post post = em.find(Post.class, form.getPostId());
    User candidate =
        em.createQuery("SELECT u FROM User u WHERE u.username = :n", User.class)
            .setParameter("n", username)
            .getSingleResult();
    Application application = new Application(post, candidate, "fixture", Instant.now());
    form.copyTo(application);
    em.persist(application);
    application.confirm("fixture", Instant.now(), "fixture");
    em.flush();
    return application;
  }
}
