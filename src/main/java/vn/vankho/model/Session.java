package vn.vankho.model;

/** A logged-in person and the token their forms must send back (CSRF). */
public record Session(User user, String csrfToken) {}
