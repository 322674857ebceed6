package vn.vankho.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.PrecedentCsv;
import vn.vankho.archive.Reader;
import vn.vankho.model.Confirmation;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;

/** {@code vankho awards search|confirm}: precedent awards from the command line. */
@Command(name = "awards", description = "Precedent awards: search them, or confirm what reading proposed.",
    subcommands = {AwardsCommand.Search.class, AwardsCommand.Confirm.class})
final class AwardsCommand {
  @ParentCommand VankhoCommand parent;

  /** {@code vankho awards search [--json|--csv] [filters] [WORDS...]}. */
  @Command(name = "search", description = "Confirmed awards, the latest decisions first.")
  static final class Search implements Callable<Integer> {
    @ParentCommand AwardsCommand awards;

    @Option(names = "--json", description = "Print a JSON array of awards.") boolean json;
    @Option(names = "--csv", description = "Print CSV, as the web page exports it.") boolean csv;
    @Option(names = "--form", description = "Form of award, e.g. \"Bằng khen\".") String form;
    @Option(names = "--level", description = "Authority level: state, government, central, province, district, commune.")
    String level;
    @Option(names = "--kind", description = "individual, collective or household.") String kind;
    @Option(names = "--attribute", description = "ethnic-minority, worker, farmer, official, soldier, student, teacher, "
        + "religious, grassroots.") String attribute;
    @Option(names = "--campaign", description = "Words of the campaign's name.") String campaign;
    @Option(names = "--unit", description = "Words of the awardee's unit or place.") String unit;
    @Option(names = "--from", description = "First year.") Integer from;
    @Option(names = "--to", description = "Last year.") Integer to;
    @Option(names = "--limit", defaultValue = "100", description = "How many (default: ${DEFAULT-VALUE}).") int limit;
    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "Words of the awardee, unit or achievement.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
      try (Archive archive = awards.parent.openArchive()) {
        List<Precedent> found = archive.awards().precedents(new PrecedentQuery(form, level, kind, attribute, campaign,
            null, null, unit, from, to, words == null ? null : String.join(" ", words), limit),
            Reader.commandLine("awards"));
        if (json) {
          System.out.println(Output.json(found));
        } else if (csv) {
          Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
          PrecedentCsv.write(found, out);
          out.flush();
        } else {
          System.out.println(found.size() + " awards");
          for (Precedent p : found) {
            System.out.printf("%s\t%s\t%s\t%s\t%s%n", Output.orDash(p.documentNumber()),
                p.documentDate() == null ? "-" : p.documentDate(), p.awardee(), p.form(), Output.orDash(p.campaign()));
          }
        }
        return 0;
      }
    }
  }

  /**
   * {@code vankho awards confirm ID|FILE...}: confirms every award and campaign link reading proposed in the
   * documents, named by id or by the file they were imported from.
   */
  @Command(name = "confirm", description = "Confirm every award and campaign link still proposed in the documents "
      + "(for decisions an archivist has checked on paper).")
  static final class Confirm implements Callable<Integer> {
    @ParentCommand AwardsCommand awards;

    @Option(names = "--as", defaultValue = "${sys:user.name}",
        description = "Who confirms, for the audit log (default: ${DEFAULT-VALUE}).") String actor;

    @Parameters(arity = "1..*", paramLabel = "ID|FILE",
        description = "Document ids, or files imported before (found by their content).") List<String> documents;

    @Override
    public Integer call() throws IOException {
      try (Archive archive = awards.parent.openArchive()) {
        for (String document : documents) {
          long id = document.matches("\\d{1,18}") ? Long.parseLong(document)
              : archive.documents().ofContent(Path.of(document))
                  .orElseThrow(() -> new IllegalArgumentException(document + " was not imported"));
          if (archive.documents().find(id, Reader.commandLine("awards confirm", actor)).isEmpty()) {
            throw new IllegalArgumentException("no document " + id);
          }
          Confirmation confirmed = archive.awards().confirmAllProposed(id, actor);
          System.out.printf("document %d: %d awards, %d campaign links confirmed%n", id, confirmed.awards(),
              confirmed.campaignLinks());
        }
        return 0;
      }
    }
  }
}
