package vn.vankho.web;

/**
 * How the web server listens and what it accepts.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param maxUploadBytes the largest file accepted in one upload
 */
public record WebSettings(String host, int port, long maxUploadBytes) {
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

  public static WebSettings on(String host, int port) {
    return new WebSettings(host, port, DEFAULT_MAX_UPLOAD_BYTES);
  }
}
