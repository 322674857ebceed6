package vn.vankho.web;

import io.javalin.http.HttpStatus;
import vn.vankho.model.Reason;

/**
 * A request refused for a {@link Reason}: pages show its Vietnamese message, followed by a note in
 * Vietnamese when there is one (the limit that was passed), and the API adds its code.
 */
final class RefusedResponse extends RuntimeException {
  private final HttpStatus status;
  private final Reason reason;
  private final String note;

  RefusedResponse(HttpStatus status, Reason reason) {
    this(status, reason, null);
  }

  RefusedResponse(HttpStatus status, Reason reason, String note) {
    super(reason.english());
    this.status = status;
    this.reason = reason;
    this.note = note;
  }

  /** What a person reads. */
  String vietnamese() {
    return note == null ? reason.vietnamese() : reason.vietnamese() + " " + note;
  }

  HttpStatus status() {
    return status;
  }

  Reason reason() {
    return reason;
  }
}
