package vn.vankho.web;

/** When the session cookie carries the Secure flag (sent back over HTTPS only). */
public enum SecureCookies {
  /** Over HTTPS, and whenever the server is reached by a name other than localhost: there it must be HTTPS. */
  AUTO,
  ALWAYS,
  /** For plain HTTP on a network one trusts; never the default. */
  NEVER
}
