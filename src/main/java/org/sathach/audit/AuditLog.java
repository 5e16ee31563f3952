package org.sathach.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit page: the latest events, filtered by action or actor, and the chain verifier. */
@Named
@ViewScoped
public class AuditLog implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrail trail;

  private Verification verification;

  private final LazyDataModel<AuditEvent> events =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) trail.count(filter(filterBy, "action"), filter(filterBy, "actor"));
        }

        @Override
        public List<AuditEvent> load(
            int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return trail.latest(first, size, filter(filterBy, "action"), filter(filterBy, "actor"));
        }

        @Override
        public String getRowKey(AuditEvent event) {
          return Long.toString(event.getSeq());
        }
      };

  public void verify() {
    verification = trail.verify();
  }

  public Verification getVerification() {
    return verification;
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  private static String filter(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
  }
}
