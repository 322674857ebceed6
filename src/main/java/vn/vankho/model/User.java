package vn.vankho.model;

import java.time.Instant;

/**
 * An account; {@code passwordHash} is a bcrypt string, never a password. A locked account cannot log in and
 * has no open session. {@code clearance} is the highest độ mật it may read; documents above it do not exist for it.
 */
public record User(long id, String name, String passwordHash, Role role, Instant createdAt, boolean locked,
    Secrecy clearance) {

  public User {
    clearance = clearance == null ? Secrecy.NONE : clearance;
  }
}
