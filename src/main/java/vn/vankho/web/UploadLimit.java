package vn.vankho.web;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;

/**
 * Turns Jetty's refusal of a too large multipart body into a 413 that names the limit. Whoever reads
 * the body first meets it: the CSRF check reading the form's token, or the upload reading its files.
 */
record UploadLimit(long maxBytes) {
  <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (Exception e) { // Javalin's Kotlin passes on Jetty's checked ServletException undeclared
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (String.valueOf(cause.getMessage()).contains("max file size exceeded")) {
          throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
              "the file is larger than the upload limit of " + maxBytes / (1024 * 1024) + " MB");
        }
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot read the request body", e);
    }
  }
}
