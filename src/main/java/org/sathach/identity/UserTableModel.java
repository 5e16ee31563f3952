package org.sathach.identity;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Server-side paging, sorting and filtering of users for the administration table: only the visible
 * page is read from the database.
 */
public class UserTableModel extends LazyDataModel<User> {
  private static final long serialVersionUID = 1L;
  private final transient Users users;

  UserTableModel(Users users) {
    this.users = users;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) users.count(filter(filterBy, Map.of()));
  }

  @Override
  public List<User> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return users.page(filter(filterBy, sortBy), first, pageSize);
  }

  @Override
  public String getRowKey(User user) {
    return String.valueOf(user.getId());
  }

  @Override
  public User getRowData(String rowKey) {
    return users.find(Long.parseLong(rowKey)).orElse(null);
  }

  private static UserFilter filter(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
    String text = value(filterBy, "globalFilter");
    if (text == null) {
      text = value(filterBy, "username");
    }
    String role = value(filterBy, "roles");
    String enabled = value(filterBy, "enabled");
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    return new UserFilter(
        text,
        role == null ? null : Role.valueOf(role),
        enabled == null ? null : Boolean.valueOf(enabled),
        sort == null ? "username" : sort.getField(),
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  private static String value(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy.get(field);
    if (meta == null || meta.getFilterValue() == null) {
      return null;
    }
    String value = String.valueOf(meta.getFilterValue()).trim();
    return value.isEmpty() ? null : value;
  }
}
