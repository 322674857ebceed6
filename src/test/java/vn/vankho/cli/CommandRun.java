package vn.vankho.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import vn.vankho.archive.Json;

/** One run of {@code vankho ARGS} in this JVM, on a data folder and a database: its exit code and what it printed. */
record CommandRun(int code, String out, String err) {

  static CommandRun of(Path data, String database, String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      List<String> all = new ArrayList<>(List.of("--data", data.toString(), "--database-url", database));
      all.addAll(List.of(args));
      CommandLine cli = VankhoCommand.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute(all.toArray(String[]::new));
      return new CommandRun(code, printed.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(out);
    }
  }

  JsonNode json() throws IOException {
    return Json.mapper().readTree(out);
  }
}
