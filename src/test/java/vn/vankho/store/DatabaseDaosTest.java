package vn.vankho.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#DAOS} is written by hand: a data access interface left out of it is described again at every
 * attach (the cost the list is there to save) without anything failing. This reads the store's sources for every
 * interface that declares SQL and holds the list to them.
 */
class DatabaseDaosTest {
  private static final Path STORE = Path.of("src/main/java/vn/vankho/store");
  private static final Pattern SQL = Pattern.compile("@Sql(Query|Update|Batch|Call|Script)\\b");
  private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");

  @Test
  void everyInterfaceThatDeclaresSqlIsDescribedWhenTheDatabaseOpens() throws IOException {
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> sources = Files.list(STORE)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        var name = INTERFACE.matcher(text);
        if (SQL.matcher(text).find() && name.find()) {
          declared.add(name.group(1));
        }
      }
    }
    Set<String> described = Database.DAOS.stream().map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(declared, described);
  }
}
