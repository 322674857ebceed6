package vn.vankho.web;

/**
 * How the web server listens and what it accepts.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param maxUploadBytes the largest file accepted in one upload
 * @param anonymousRead whether people who have not logged in may search and read (a public reading room)
 * @param secureCookies when the session cookie is marked Secure
 */
public record WebSettings(String host, int port, long maxUploadBytes, boolean anonymousRead, SecureCookies secureCookies) {
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

  /** Logged-in access only, cookies Secure except on localhost. */
  public WebSettings(String host, int port, long maxUploadBytes) {
    this(host, port, maxUploadBytes, false, SecureCookies.AUTO);
  }

  public static WebSettings on(String host, int port) {
    return new WebSettings(host, port, DEFAULT_MAX_UPLOAD_BYTES);
  }

  public WebSettings withAnonymousRead(boolean allowed) {
    return new WebSettings(host, port, maxUploadBytes, allowed, secureCookies);
  }

  public WebSettings withSecureCookies(SecureCookies when) {
    return new WebSettings(host, port, maxUploadBytes, anonymousRead, when);
  }
}
