package org.sathach.identity;

/** What a user may do. A user may hold several roles. */
public enum Role {
  ADMIN("/admin/users.xhtml"),
  BANK_EDITOR("/bank/index.xhtml"),
  COMMITTEE("/committee/index.xhtml"),
  EXAMINER("/marking/index.xhtml"),
  PROCTOR("/proctor/index.xhtml"),
  CANDIDATE("/candidate/index.xhtml");

  private final String homePage;

  Role(String homePage) {
    this.homePage = homePage;
  }

  /** The page a user holding this role lands on after login. */
  public String homePage() {
    return homePage;
  }
}
