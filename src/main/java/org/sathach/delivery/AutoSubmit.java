package org.sathach.delivery;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends every attempt whose deadline and grace have passed, whether or not a browser is still there:
 * every 10 seconds, each attempt in its own transaction (a failure leaves the others submitted).
 * Every instance runs it; the attempt's row lock makes a second submit a no-op.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoSubmit {
  private static final Logger LOG = Logger.getLogger(AutoSubmit.class.getName());
  private static final int BATCH = 500;

  @Inject Attempts attempts;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void submitOverdue() {
    for (Long id : attempts.overdue(BATCH)) {
      try {
        if (attempts.submitOverdue(id)) {
          LOG.info(() -> "Attempt " + id + " submitted by the server at its deadline");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Attempt " + id + " not auto-submitted; retried next round", e);
      }
    }
  }
}
