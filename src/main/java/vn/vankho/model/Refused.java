package vn.vankho.model;

/**
 * A request the archive turned away for a {@link Refusal}: the message is the English one, for logs and the
 * command line, and {@link #vietnamese()} is what the UI shows. An {@link IllegalArgumentException}, as any input
 * the archive does not take.
 */
public final class Refused extends IllegalArgumentException {
  private final Refusal refusal;
  private final Object[] values;

  Refused(Refusal refusal, Object... values) {
    super(refusal.english(values));
    this.refusal = refusal;
    this.values = values.clone();
  }

  public Refusal refusal() {
    return refusal;
  }

  /** What a person reads. */
  public String vietnamese() {
    return refusal.vietnamese(values);
  }
}
