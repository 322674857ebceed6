package vn.vankho.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.DocumentView;
import vn.vankho.archive.Reader;
import vn.vankho.model.Document;
import vn.vankho.model.Reason;

/** {@code vankho show [--json] ID}. */
@Command(name = "show", description = "Show a document: metadata, pages, citations, files.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--json", description = "Print the document as JSON.")
  boolean json;

  @Parameters(paramLabel = "ID", description = "The document's id.")
  long id;

  @Override
  public Integer call() throws Exception {
    try (Archive archive = parent.openArchive()) {
      DocumentView doc = archive.documents().view(id, Reader.commandLine("show " + id))
          .orElseThrow(() -> new IllegalArgumentException("there is no document " + id));
      if (json) {
        System.out.println(Output.json(doc));
        return 0;
      }
      Document d = doc.document();
      System.out.println("#" + d.id() + "  " + doc.title());
      System.out.println("file:    " + d.fileName() + " (" + d.mediaType() + ", " + d.size() + " bytes)");
      System.out.println("status:  " + doc.status() + (d.failureReason() == null ? "" : ": " + Reason.englishOf(d.failureReason())));
      System.out.println("number:  " + Output.orDash(d.number()));
      System.out.println("type:    " + Output.orDash(doc.typeName()));
      System.out.println("issuer:  " + Output.orDash(d.issuer()));
      System.out.println("date:    " + Output.orDash(d.date() == null ? null : d.date().toString()));
      doc.citations().forEach(c -> System.out.println("cites:   " + c.number() + " (" + c.relation() + ")"));
      for (DocumentView.PageView page : doc.pages()) {
        System.out.println();
        System.out.println("--- page " + page.number() + " (" + page.source() + ")");
        System.out.println(page.text());
      }
      return 0;
    }
  }
}
