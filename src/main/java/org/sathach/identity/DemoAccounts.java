package org.sathach.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo accounts, one or more per role, created only in demo mode (the default on the embedded
 * database). Their passwords are listed in the README; they never exist outside demo mode.
 */
@ApplicationScoped
public class DemoAccounts {
  /** A demo account: user name, full name, password and roles. */
  public record Account(String username, String fullName, String password, Role role) {}

  public static final List<Account> ACCOUNTS =
      List.of(
          new Account("admin", "Nguyễn Văn Quản", "Admin@2026", Role.ADMIN),
          new Account("editor", "Trần Thị Biên", "Editor@2026", Role.BANK_EDITOR),
          new Account("reviewer", "Lê Văn Duyệt", "Reviewer@2026", Role.BANK_EDITOR),
          new Account("committee", "Phạm Minh Hội", "Committee@2026", Role.COMMITTEE),
          new Account("committee2", "Lý Thị Thẩm", "Committee@2026", Role.COMMITTEE),
          new Account("committee3", "Mai Văn Định", "Committee@2026", Role.COMMITTEE),
          new Account("examiner", "Hoàng Thị Chấm", "Examiner@2026", Role.EXAMINER),
          new Account("examiner2", "Ngô Văn Phúc", "Examiner@2026", Role.EXAMINER),
          new Account("examiner3", "Đinh Thị Khảo", "Examiner@2026", Role.EXAMINER),
          new Account("examiner4", "Trương Quang Trưởng", "Examiner@2026", Role.EXAMINER),
          new Account("proctor", "Vũ Đức Giám", "Proctor@2026", Role.PROCTOR),
          new Account("candidate", "Đặng Thị Thí", "Candidate@2026", Role.CANDIDATE),
          new Account("candidate2", "Bùi Văn Sinh", "Candidate@2026", Role.CANDIDATE));

  @Inject Users users;

  /** Creates each demo account that does not exist yet. */
  void ensure() {
    for (Account account : ACCOUNTS) {
      if (users.find(account.username()).isEmpty()) {
        users.create(
            account.username(),
            account.fullName(),
            account.username() + "@sathach.demo",
            EnumSet.of(account.role()),
            account.password(),
            false);
      }
    }
  }
}
