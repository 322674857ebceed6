package vn.vankho.web;

import io.javalin.security.RouteRole;

/**
 * What a route asks of the person sending the request, declared with the route in {@link WebApp}'s
 * table and enforced by {@link Access} on the route the router matched. Every request that changes
 * state (anything but GET and HEAD) also needs the session's CSRF token, except the login form,
 * which has its own.
 */
enum Need implements RouteRole {
  /** Anyone: the login form and static files. */
  PUBLIC,
  /** Anyone logged in, whatever the role: logging out, the CSRF token for API calls. */
  SIGNED_IN,
  /** A reader or above; nobody at all when the server runs as a public reading room (anonymous reading). */
  READER,
  /** An archivist or an admin: everything that adds to or changes the archive. */
  ARCHIVIST,
  /** An admin: the audit log and the accounts. */
  ADMIN
}
