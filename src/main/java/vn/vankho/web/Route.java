package vn.vankho.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One line of {@link WebApp}'s route table: the router registers it, the access check reads its need. */
record Route(HandlerType method, String path, Need need, Handler handler) {
  static Route get(String path, Need need, Handler handler) {
    return new Route(HandlerType.GET, path, need, handler);
  }

  static Route post(String path, Need need, Handler handler) {
    return new Route(HandlerType.POST, path, need, handler);
  }

  /** How the route reads in a list or a failed test: "GET /audit (ADMIN)". */
  @Override
  public String toString() {
    return method + " " + path + " (" + need + ")";
  }
}
