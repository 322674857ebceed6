package vn.vankho.web;

import vn.vankho.model.User;

/** What templates may know of the logged-in person (not the password hash). */
public record CurrentUser(String name, String role, boolean canChange, boolean canAudit) {
  static CurrentUser of(User user) {
    return new CurrentUser(user.name(), user.role().name().toLowerCase(java.util.Locale.ROOT),
        user.role().canChange(), user.role().canAudit());
  }
}
