package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code serve --verify-every} takes a period as an operator writes it. */
class ServeCommandTest {
  private final ServeCommand.Every every = new ServeCommand.Every();

  @Test
  void periodsAreWrittenWithTheirUnitAndZeroTurnsTheCheckOff() {
    assertEquals(Duration.ofHours(24), every.convert("24h"));
    assertEquals(Duration.ofMinutes(30), every.convert("30m"));
    assertEquals(Duration.ofDays(7), every.convert("7D"));
    assertEquals(Duration.ofSeconds(90), every.convert(" 90 s"));
    assertEquals(Duration.ZERO, every.convert("0"));
  }

  @Test
  void aPeriodWithoutAUnitIsRefused() {
    assertThrows(CommandLine.TypeConversionException.class, () -> every.convert("24"));
    assertThrows(CommandLine.TypeConversionException.class, () -> every.convert("một ngày"));
  }
}
