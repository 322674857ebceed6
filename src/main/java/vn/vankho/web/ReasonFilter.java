package vn.vankho.web;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import vn.vankho.model.Reason;

/**
 * {@code {{ job.error | reason }}}: the Vietnamese message of a reason, given as a {@link Reason} or
 * as its stored code. The result is still escaped like any value.
 */
final class ReasonFilter implements Filter {
  @Override
  public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
      int lineNumber) {
    if (input instanceof Reason reason) {
      return reason.vietnamese();
    }
    return input == null ? null : Reason.vietnameseOf(input.toString());
  }

  @Override
  public List<String> getArgumentNames() {
    return null;
  }

  /** Registers the filter under the name {@code reason}. */
  static final class Extension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
      return Map.of("reason", new ReasonFilter());
    }
  }
}
