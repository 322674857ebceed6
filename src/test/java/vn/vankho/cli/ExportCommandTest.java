package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.Arrangement;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.model.Fonds;
import vn.vankho.model.RecordFile;
import vn.vankho.model.Series;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.TestDatabases;

/**
 * {@code vankho export --file CODE DIR}: a file of 20 documents becomes an E-ARK SIP whose METS, EAD and PREMIS
 * hold the structure the common specification asks for, and whose checksums match the store.
 */
class ExportCommandTest {
  static final String METS = "http://www.loc.gov/METS/";
  static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String PREMIS = "http://www.loc.gov/premis/v3";
  static final String EAD = "urn:isbn:1-931666-22-9";

  @TempDir Path data;
  @TempDir Path out;
  String database;
  List<String> digests = new ArrayList<>();
  String code;

  @BeforeEach
  void aFileOfTwentyDocuments() throws Exception {
    database = TestDatabases.freshDatabase();
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database).withWorkers(2))) {
      archive.startProcessing();
      List<Long> jobs = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      for (int n = 1; n <= 20; n++) {
        IntakeResult result = archive.intake().accept(NumberedNotes.fileName(n), new ByteArrayInputStream(NumberedNotes.bytes(n)),
            Uploader.account("luutru", "127.0.0.1"));
        jobs.add(result.jobId());
        ids.add(result.documentId());
      }
      archive.jobs().await(jobs, Duration.ofMinutes(3));
      Arrangement arrangement = archive.arrangement();
      Fonds fonds = arrangement.addFonds("000.00.00.H41", "Ủy ban nhân dân xã Đạ Tông", "luutru");
      Series series = arrangement.addSeries(fonds.id(), "VP", "Văn phòng", "luutru");
      RecordFile file = arrangement.createFile(series.id(), 2025, "Biên bản họp thôn năm 2025", "10", "", "", "", "luutru");
      assertEquals(20, arrangement.move(ids, file.id(), Reader.commandLine("test", "luutru")));
      code = file.code();
      for (long id : ids) {
        digests.add(archive.documents().find(id, Reader.commandLine("test")).orElseThrow().sha256());
      }
    }
  }

  private int run(ByteArrayOutputStream printed, String... args) {
    PrintStream was = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      List<String> all = new ArrayList<>(List.of("--data", data.toString(), "--database-url", database));
      all.addAll(List.of(args));
      return VankhoCommand.commandLine().execute(all.toArray(String[]::new));
    } finally {
      System.setOut(was);
    }
  }

  private static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }

  private static List<Element> all(Document xml, String namespace, String name) {
    NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void aFileOfTwentyDocumentsExportsToAPackageWhoseChecksumsMatchTheStore() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(0, run(printed, "export", "--file", code, "--as", "luutru", out.toString()));
    Path root = Path.of(printed.toString(StandardCharsets.UTF_8).strip());
    assertEquals(out.resolve(code), root);

    // CSIP: the root METS.xml, its identity, profile and package type, and the software that made it
    Document mets = parse(root.resolve("METS.xml"));
    Element top = mets.getDocumentElement();
    assertEquals(METS, top.getNamespaceURI());
    assertEquals(code, top.getAttribute("OBJID"));
    assertEquals("https://earksip.dilcis.eu/profile/E-ARK-SIP.xml", top.getAttribute("PROFILE"));
    assertFalse(top.getAttribute("TYPE").isEmpty());
    assertEquals("MIXED", top.getAttributeNS(CSIP, "CONTENTINFORMATIONTYPE"));
    Element header = all(mets, METS, "metsHdr").get(0);
    assertEquals("SIP", header.getAttributeNS(CSIP, "OAISPACKAGETYPE"));
    assertFalse(header.getAttribute("CREATEDATE").isEmpty());
    assertTrue(all(mets, METS, "agent").stream().anyMatch(a -> a.getAttribute("ROLE").equals("CREATOR")
        && a.getAttribute("OTHERTYPE").equals("SOFTWARE")));

    // the descriptive (EAD) and preservation (PREMIS) metadata are referenced with their size and SHA-256
    Set<String> kinds = new HashSet<>();
    for (Element ref : all(mets, METS, "mdRef")) {
      Path file = root.resolve(ref.getAttributeNS(XLINK, "href"));
      assertEquals(Files.size(file), Long.parseLong(ref.getAttribute("SIZE")));
      assertEquals(sha256(file), ref.getAttribute("CHECKSUM"));
      assertEquals("SHA-256", ref.getAttribute("CHECKSUMTYPE"));
      kinds.add(ref.getAttribute("MDTYPE"));
    }
    assertEquals(Set.of("EAD", "PREMIS"), kinds);

    // the root METS lists the representation's METS, with its size and SHA-256, and points at it
    List<Element> rootFiles = all(mets, METS, "file");
    assertEquals(1, rootFiles.size());
    Element repEntry = rootFiles.get(0);
    assertEquals("Representations/rep1", ((Element) repEntry.getParentNode()).getAttribute("USE"));
    Path repMets = root.resolve(((Element) repEntry.getElementsByTagNameNS(METS, "FLocat").item(0)).getAttributeNS(XLINK, "href"));
    assertEquals(root.resolve("representations/rep1/METS.xml"), repMets);
    assertEquals(sha256(repMets), repEntry.getAttribute("CHECKSUM"));
    assertEquals(Files.size(repMets), Long.parseLong(repEntry.getAttribute("SIZE")));
    assertTrue(all(mets, METS, "structMap").stream().anyMatch(m -> m.getAttribute("LABEL").equals("CSIP")));
    assertEquals(code, all(mets, METS, "div").get(0).getAttribute("LABEL"), "the top division names the package");
    assertTrue(all(mets, METS, "mptr").stream()
        .anyMatch(m -> m.getAttributeNS(XLINK, "href").equals("representations/rep1/METS.xml")));

    // every original: listed once by the representation, present, its size and SHA-256 those the store recorded
    Document representation = parse(repMets);
    assertEquals("SIP", all(representation, METS, "metsHdr").get(0).getAttributeNS(CSIP, "OAISPACKAGETYPE"));
    List<Element> files = all(representation, METS, "file");
    assertEquals(20, files.size());
    Set<String> listed = new HashSet<>();
    for (Element file : files) {
      Element location = (Element) file.getElementsByTagNameNS(METS, "FLocat").item(0);
      String href = location.getAttributeNS(XLINK, "href");
      assertTrue(href.startsWith("data/"), href);
      Path content = repMets.getParent().resolve(href);
      assertEquals(Files.size(content), Long.parseLong(file.getAttribute("SIZE")));
      assertEquals(sha256(content), file.getAttribute("CHECKSUM"));
      listed.add(file.getAttribute("CHECKSUM"));
    }
    assertEquals(new HashSet<>(digests), listed, "the package's checksums are the store's");
    try (Stream<Path> data = Files.list(root.resolve("representations/rep1/data"))) {
      assertEquals(20, data.count(), "nothing in the data folder that METS does not list");
    }
    assertEquals(20, all(representation, METS, "fptr").size(), "the structural map points at every file");
    assertTrue(all(representation, METS, "structMap").stream().anyMatch(m -> m.getAttribute("LABEL").equals("CSIP")));

    // PREMIS: each object's fixity is the store's digest; ingestion and the export's fixity check are events
    Document premis = parse(root.resolve("metadata/preservation/PREMIS.xml"));
    Set<String> fixity = new HashSet<>();
    all(premis, PREMIS, "messageDigest").forEach(d -> fixity.add(d.getTextContent()));
    assertEquals(new HashSet<>(digests), fixity);
    List<String> events = all(premis, PREMIS, "eventType").stream().map(Element::getTextContent).toList();
    assertEquals(20, events.stream().filter("ingestion"::equals).count());
    assertEquals(20, events.stream().filter("fixity check"::equals).count());

    // EAD: fonds, series, file, and the 20 documents as items
    Document ead = parse(root.resolve("metadata/descriptive/EAD.xml"));
    List<String> levels = all(ead, EAD, "c").stream().map(c -> c.getAttribute("level")).toList();
    assertEquals(1, levels.stream().filter("series"::equals).count());
    assertEquals(1, levels.stream().filter("file"::equals).count());
    assertEquals(20, levels.stream().filter("item"::equals).count());
    assertTrue(all(ead, EAD, "unitid").stream().anyMatch(u -> u.getTextContent().equals(code)));
    assertTrue(all(ead, EAD, "p").stream().anyMatch(p -> p.getTextContent().equals("Thời hạn bảo quản: 10 năm")));
  }

  @Test
  void aDamagedOriginalStopsTheExportAndLeavesNoPackage() throws Exception {
    Path kept = data.resolve("files").resolve(digests.get(3).substring(0, 2)).resolve(digests.get(3).substring(2, 4))
        .resolve(digests.get(3));
    Files.writeString(kept, "hỏng");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(1, run(printed, "export", "--file", code, out.toString()));
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(0, left.count(), "no package, not even a partial one");
    }
  }
}
