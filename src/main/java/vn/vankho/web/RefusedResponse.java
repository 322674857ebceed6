package vn.vankho.web;

import io.javalin.http.HttpStatus;
import vn.vankho.model.Reason;

/** A request refused for a {@link Reason}: pages show its Vietnamese message, the API adds its code. */
final class RefusedResponse extends RuntimeException {
  private final HttpStatus status;
  private final Reason reason;

  RefusedResponse(HttpStatus status, Reason reason) {
    super(reason.english());
    this.status = status;
    this.reason = reason;
  }

  HttpStatus status() {
    return status;
  }

  Reason reason() {
    return reason;
  }
}
