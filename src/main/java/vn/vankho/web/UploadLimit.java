package vn.vankho.web;

import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpException;
import vn.vankho.archive.DiskFull;
import vn.vankho.model.Reason;

/**
 * Turns Jetty's refusal of a multipart body into a refusal with its reason: 413 {@code too-large}
 * when a file is over the limit, 400 {@code malformed-upload} when the body breaks the multipart rules
 * (a raw control character in a file name), 507 {@code disk-full} when the disk filled while Jetty wrote it out.
 * Whoever reads the body first meets it: the CSRF check reading the form's token, or the upload
 * reading its files. Jetty removes the part it was writing either way, so nothing of it stays.
 */
record UploadLimit(long maxBytes) {
  <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (Exception e) { // Javalin's Kotlin passes on Jetty's checked ServletException undeclared
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (String.valueOf(cause.getMessage()).contains("max file size exceeded")) {
          throw new RefusedResponse(HttpStatus.CONTENT_TOO_LARGE, Reason.TOO_LARGE,
              "Giới hạn: " + maxBytes / (1024 * 1024) + " MB.");
        }
      }
      if (DiskFull.causes(e)) {
        throw new RefusedResponse(HttpStatus.INSUFFICIENT_STORAGE, Reason.DISK_FULL);
      }
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof HttpException http && http.getCode() == HttpStatus.BAD_REQUEST.getCode()) {
          throw new RefusedResponse(HttpStatus.BAD_REQUEST, Reason.MALFORMED_UPLOAD);
        }
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot read the request body", e);
    }
  }
}
