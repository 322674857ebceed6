package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Document;
import vn.vankho.model.RecordFile;
import vn.vankho.store.FileStore;

/**
 * A file handed over to the historical archive as a submission information package in the E-ARK common
 * specification (CSIP 2 with the SIP profile): METS.xml at the root, the file's description in EAD 2002
 * (fonds, series, file, items, the ISAD(G) levels) under metadata/descriptive, fixity and events in
 * PREMIS 3 under metadata/preservation, the originals under representations/rep1/data, listed by the
 * representation's own METS.xml, which the root METS points to. Every original is
 * copied from the store and its SHA-256 checked on the way; a damaged one stops the export, and a
 * half-written package is never left under its final name.
 *
 * <p>Written with the JDK's own DOM: the E-ARK project's library (commons-ip) is not served by the Maven
 * registry this project builds from.
 */
final class SubmissionPackage {
  static final String METS = "http://www.loc.gov/METS/";
  static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
  static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String PREMIS = "http://www.loc.gov/premis/v3";
  static final String EAD = "urn:isbn:1-931666-22-9";
  static final String SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";
  static final String EAD_PATH = "metadata/descriptive/EAD.xml";
  static final String PREMIS_PATH = "metadata/preservation/PREMIS.xml";
  static final String REPRESENTATION = "representations/rep1/";
  static final String DATA = REPRESENTATION + "data/";
  static final String SOFTWARE = "Văn Khố";
  static final String SOFTWARE_VERSION = "0.1";

  /** How audit actions read as PREMIS event types (the Library of Congress eventType vocabulary). */
  private static final Map<String, String> EVENT_TYPES = Map.of(
      "upload", "ingestion", "correct", "metadata modification", "reread", "metadata extraction");

  /** A document of the file with its kept original and its audit entries. */
  record Item(Document document, Original original, List<AuditEntry> history) {}

  /** Opens a document's kept bytes when the package copies them. */
  interface Original {
    InputStream open() throws IOException;
  }

  /** One written content or metadata file: where in the package, how big, its digest. */
  private record Written(String path, String mediaType, long size, String sha256, Instant created) {}

  private SubmissionPackage() {}

  /** Writes the package for {@code file} into {@code parent}; returns its folder, named after the file's code. */
  static Path write(RecordFile file, List<Item> items, Path parent, Instant now) throws IOException {
    Path target = parent.resolve(file.code());
    if (Files.exists(target)) {
      throw new IllegalArgumentException("the package folder already exists: " + target);
    }
    Files.createDirectories(parent);
    Path partial = parent.resolve(file.code() + ".part-" + UUID.randomUUID());
    try {
      List<Written> data = new ArrayList<>();
      for (Item item : items) {
        data.add(copy(item, partial, now));
      }
      Written ead = save(new Ead(file, items).document(), partial, EAD_PATH, now);
      Written premis = save(premis(file, items, data, now), partial, PREMIS_PATH, now);
      Written representation = save(representationMets(file, data, now), partial, REPRESENTATION + "METS.xml", now);
      save(packageMets(file, representation, ead, premis, now), partial, "METS.xml", now);
      Files.move(partial, target);
      return target;
    } catch (IOException | RuntimeException e) {
      deleteTree(partial);
      throw e;
    }
  }

  /** The name a document's original has in the package: its id, then its own name in safe letters. */
  static String dataName(Document d) {
    return String.format(Locale.ROOT, "%06d-%s", d.id(), d.fileName().replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  private static Written copy(Item item, Path root, Instant now) throws IOException {
    String path = DATA + dataName(item.document());
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    try (InputStream in = item.original().open()) {
      Files.copy(in, target);
    }
    // the copy itself is checked: what the package holds is what the store recorded at ingestion
    String digest = FileStore.sha256Of(target);
    if (!digest.equals(item.document().sha256())) {
      throw new DamagedOriginalException(item.document().id());
    }
    return new Written(path, item.document().mediaType(), Files.size(target), digest, now);
  }

  private static Written save(org.w3c.dom.Document xml, Path root, String path, Instant now) throws IOException {
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.transform(new DOMSource(xml), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("cannot write " + path, e);
    }
    return new Written(path, "text/xml", Files.size(target), FileStore.sha256Of(target), now);
  }

  /**
   * The package's METS: who made it, the EAD and PREMIS it carries, and the representation, whose own METS
   * (listed here with its size and SHA-256) lists the originals.
   */
  private static org.w3c.dom.Document packageMets(RecordFile file, Written representation, Written ead,
      Written premis, Instant now) {
    Xml x = new Xml();
    Element mets = root(x, file.code(), file.title(), file, now);
    Element dmd = x.add(mets, METS, "mets:dmdSec");
    dmd.setAttribute("ID", "dmd-ead");
    dmd.setAttribute("CREATED", now.toString());
    dmd.setAttribute("STATUS", "CURRENT");
    mdRef(x, dmd, ead, "EAD");
    Element amd = x.add(mets, METS, "mets:amdSec");
    amd.setAttribute("ID", "amd");
    Element digiprov = x.add(amd, METS, "mets:digiprovMD");
    digiprov.setAttribute("ID", "digiprov-premis");
    digiprov.setAttribute("CREATED", now.toString());
    digiprov.setAttribute("STATUS", "CURRENT");
    mdRef(x, digiprov, premis, "PREMIS");

    Element group = x.add(fileSec(x, mets), METS, "mets:fileGrp");
    group.setAttribute("ID", "grp-rep1");
    group.setAttribute("USE", "Representations/rep1");
    fileEntry(x, group, "file-rep1-mets", representation, representation.path());

    Element whole = structMap(x, mets, file.code());
    Element metadata = x.add(whole, METS, "mets:div");
    metadata.setAttribute("ID", "div-metadata");
    metadata.setAttribute("LABEL", "Metadata");
    metadata.setAttribute("DMDID", "dmd-ead");
    metadata.setAttribute("ADMID", "digiprov-premis");
    Element rep = x.add(whole, METS, "mets:div");
    rep.setAttribute("ID", "div-rep1");
    rep.setAttribute("LABEL", "Representations/rep1");
    Element pointer = x.add(rep, METS, "mets:mptr");
    pointer.setAttribute("LOCTYPE", "URL");
    pointer.setAttributeNS(XLINK, "xlink:type", "simple");
    pointer.setAttributeNS(XLINK, "xlink:href", representation.path());
    pointer.setAttributeNS(XLINK, "xlink:title", "grp-rep1");
    return x.document();
  }

  /** The representation's METS: its originals, each with size and SHA-256, under paths relative to it. */
  private static org.w3c.dom.Document representationMets(RecordFile file, List<Written> data, Instant now) {
    Xml x = new Xml();
    Element mets = root(x, file.code() + "/rep1", file.title(), file, now);
    Element group = x.add(fileSec(x, mets), METS, "mets:fileGrp");
    group.setAttribute("ID", "grp-data");
    group.setAttribute("USE", "Data");
    for (int i = 0; i < data.size(); i++) {
      fileEntry(x, group, "file-" + (i + 1), data.get(i), data.get(i).path().substring(REPRESENTATION.length()));
    }
    Element dataDiv = x.add(structMap(x, mets, "rep1"), METS, "mets:div");
    dataDiv.setAttribute("ID", "div-data");
    dataDiv.setAttribute("LABEL", "Data");
    for (int i = 0; i < data.size(); i++) {
      x.add(dataDiv, METS, "mets:fptr").setAttribute("FILEID", "file-" + (i + 1));
    }
    return x.document();
  }

  /** A METS root with the CSIP identity, profile and header: package type, the archival creator and the software. */
  private static Element root(Xml x, String objid, String label, RecordFile file, Instant now) {
    Element mets = x.root(METS, "mets:mets");
    mets.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:csip", CSIP);
    mets.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:sip", SIP);
    mets.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK);
    mets.setAttribute("OBJID", objid);
    mets.setAttribute("LABEL", label);
    mets.setAttribute("TYPE", "Mixed");
    mets.setAttributeNS(CSIP, "csip:CONTENTINFORMATIONTYPE", "MIXED");
    mets.setAttribute("PROFILE", SIP_PROFILE);
    Element header = x.add(mets, METS, "mets:metsHdr");
    header.setAttribute("CREATEDATE", now.toString());
    header.setAttribute("LASTMODDATE", now.toString());
    header.setAttribute("RECORDSTATUS", "NEW");
    header.setAttributeNS(CSIP, "csip:OAISPACKAGETYPE", "SIP");
    // the body whose fonds the file belongs to (the archival creator), then the software that built the package
    agent(x, header, "ARCHIVIST", "ORGANIZATION", null, file.fondsName(), null);
    agent(x, header, "CREATOR", "OTHER", "SOFTWARE", SOFTWARE, SOFTWARE_VERSION);
    return mets;
  }

  private static Element fileSec(Xml x, Element mets) {
    Element fileSec = x.add(mets, METS, "mets:fileSec");
    fileSec.setAttribute("ID", "file-sec");
    return fileSec;
  }

  private static void fileEntry(Xml x, Element group, String id, Written w, String href) {
    Element f = x.add(group, METS, "mets:file");
    f.setAttribute("ID", id);
    f.setAttribute("MIMETYPE", w.mediaType());
    f.setAttribute("SIZE", Long.toString(w.size()));
    f.setAttribute("CREATED", w.created().toString());
    f.setAttribute("CHECKSUM", w.sha256());
    f.setAttribute("CHECKSUMTYPE", "SHA-256");
    Element location = x.add(f, METS, "mets:FLocat");
    location.setAttribute("LOCTYPE", "URL");
    location.setAttributeNS(XLINK, "xlink:type", "simple");
    location.setAttributeNS(XLINK, "xlink:href", href);
  }

  /** The CSIP structural map and its top division, labelled with the METS's object. */
  private static Element structMap(Xml x, Element mets, String label) {
    Element structMap = x.add(mets, METS, "mets:structMap");
    structMap.setAttribute("ID", "struct-csip");
    structMap.setAttribute("TYPE", "PHYSICAL");
    structMap.setAttribute("LABEL", "CSIP");
    Element whole = x.add(structMap, METS, "mets:div");
    whole.setAttribute("ID", "div-root");
    whole.setAttribute("LABEL", label);
    return whole;
  }

  private static void agent(Xml x, Element header, String role, String type, String otherType, String name, String version) {
    Element agent = x.add(header, METS, "mets:agent");
    agent.setAttribute("ROLE", role);
    agent.setAttribute("TYPE", type);
    if (otherType != null) {
      agent.setAttribute("OTHERTYPE", otherType);
    }
    x.text(agent, METS, "mets:name", name);
    if (version != null) {
      x.text(agent, METS, "mets:note", version).setAttributeNS(CSIP, "csip:NOTETYPE", "SOFTWARE VERSION");
    }
  }

  private static void mdRef(Xml x, Element section, Written w, String type) {
    Element ref = x.add(section, METS, "mets:mdRef");
    ref.setAttribute("LOCTYPE", "URL");
    ref.setAttributeNS(XLINK, "xlink:type", "simple");
    ref.setAttributeNS(XLINK, "xlink:href", w.path());
    ref.setAttribute("MDTYPE", type);
    ref.setAttribute("MIMETYPE", w.mediaType());
    ref.setAttribute("SIZE", Long.toString(w.size()));
    ref.setAttribute("CREATED", w.created().toString());
    ref.setAttribute("CHECKSUM", w.sha256());
    ref.setAttribute("CHECKSUMTYPE", "SHA-256");
  }

  /** PREMIS 3: one object per original with its fixity, the events of its life, and the agents. */
  private static org.w3c.dom.Document premis(RecordFile file, List<Item> items, List<Written> data, Instant now) {
    Xml x = new Xml();
    Element premis = x.root(PREMIS, "premis:premis");
    premis.setAttribute("version", "3.0");
    premis.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
    for (int i = 0; i < items.size(); i++) {
      Document d = items.get(i).document();
      Written w = data.get(i);
      Element object = x.add(premis, PREMIS, "premis:object");
      object.setAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:type", "premis:file");
      identifier(x, object, "premis:objectIdentifier", "filepath", w.path());
      Element characteristics = x.add(object, PREMIS, "premis:objectCharacteristics");
      Element fixity = x.add(characteristics, PREMIS, "premis:fixity");
      x.text(fixity, PREMIS, "premis:messageDigestAlgorithm", "SHA-256");
      x.text(fixity, PREMIS, "premis:messageDigest", w.sha256());
      x.text(characteristics, PREMIS, "premis:size", Long.toString(w.size()));
      Element designation = x.add(x.add(characteristics, PREMIS, "premis:format"), PREMIS, "premis:formatDesignation");
      x.text(designation, PREMIS, "premis:formatName", d.mediaType());
      x.text(object, PREMIS, "premis:originalName", d.fileName());
    }
    int n = 0;
    for (int i = 0; i < items.size(); i++) {
      for (AuditEntry entry : items.get(i).history()) {
        String type = EVENT_TYPES.get(entry.action());
        if (type != null) {
          event(x, premis, "event-" + (++n), type, entry.at(), detail(entry), "success", data.get(i).path(), entry.actor());
        }
      }
      event(x, premis, "event-" + (++n), "fixity check", now, "SHA-256 of the kept original checked against the "
          + "digest recorded at ingestion, while exporting file " + file.code(), "success", data.get(i).path(), SOFTWARE);
    }
    List<String> agents = Stream.concat(Stream.of(SOFTWARE),
        items.stream().flatMap(item -> item.history().stream()).filter(e -> EVENT_TYPES.containsKey(e.action()))
            .map(AuditEntry::actor)).distinct().toList();
    for (String name : agents) {
      Element agent = x.add(premis, PREMIS, "premis:agent");
      identifier(x, agent, "premis:agentIdentifier", "local", name);
      x.text(agent, PREMIS, "premis:agentName", name);
      x.text(agent, PREMIS, "premis:agentType", name.equals(SOFTWARE) ? "software" : "person");
    }
    return x.document();
  }

  private static String detail(AuditEntry entry) {
    return entry.field() == null ? entry.action() : entry.action() + " " + entry.field() + ": "
        + (entry.before() == null ? "" : entry.before()) + " → " + (entry.after() == null ? "" : entry.after());
  }

  private static void event(Xml x, Element premis, String id, String type, Instant at, String detail, String outcome,
      String object, String agent) {
    Element event = x.add(premis, PREMIS, "premis:event");
    identifier(x, event, "premis:eventIdentifier", "local", id);
    x.text(event, PREMIS, "premis:eventType", type);
    x.text(event, PREMIS, "premis:eventDateTime", at.toString());
    x.text(x.add(event, PREMIS, "premis:eventDetailInformation"), PREMIS, "premis:eventDetail", detail);
    x.text(x.add(event, PREMIS, "premis:eventOutcomeInformation"), PREMIS, "premis:eventOutcome", outcome);
    identifier(x, event, "premis:linkingAgentIdentifier", "local", agent);
    identifier(x, event, "premis:linkingObjectIdentifier", "filepath", object);
  }

  /** A PREMIS identifier: {@code premis:xIdentifier} holding xIdentifierType and xIdentifierValue. */
  private static void identifier(Xml x, Element parent, String name, String type, String value) {
    Element identifier = x.add(parent, PREMIS, name);
    x.text(identifier, PREMIS, name + "Type", type);
    x.text(identifier, PREMIS, name + "Value", value);
  }

  /** EAD 2002: the fonds, its series, the file and each document, at their ISAD(G) levels. */
  private record Ead(RecordFile file, List<Item> items) {
    org.w3c.dom.Document document() {
      Xml x = new Xml();
      Element ead = x.root(EAD, "ead");
      Element header = x.add(ead, EAD, "eadheader");
      x.text(header, EAD, "eadid", file.code());
      x.text(x.add(x.add(header, EAD, "filedesc"), EAD, "titlestmt"), EAD, "titleproper", file.title());
      Element archdesc = x.add(ead, EAD, "archdesc");
      archdesc.setAttribute("level", "fonds");
      Element fondsDid = x.add(archdesc, EAD, "did");
      x.text(fondsDid, EAD, "unitid", file.fondsCode());
      x.text(fondsDid, EAD, "unittitle", file.fondsName());
      Element series = x.add(x.add(archdesc, EAD, "dsc"), EAD, "c");
      series.setAttribute("level", "series");
      Element seriesDid = x.add(series, EAD, "did");
      x.text(seriesDid, EAD, "unitid", file.seriesCode());
      x.text(seriesDid, EAD, "unittitle", file.seriesName());
      Element c = x.add(series, EAD, "c");
      c.setAttribute("level", "file");
      Element did = x.add(c, EAD, "did");
      x.text(did, EAD, "unitid", file.code());
      x.text(did, EAD, "unittitle", file.title());
      if (file.startDate() != null) {
        x.text(did, EAD, "unitdate", file.startDate() + " – " + file.endDate())
            .setAttribute("normal", file.startDate() + "/" + file.endDate());
      }
      x.text(x.add(did, EAD, "physdesc"), EAD, "extent", file.documentCount() + " văn bản");
      Element language = x.text(x.add(did, EAD, "langmaterial"), EAD, "language", file.language());
      if (file.language().equals(Arrangement.DEFAULT_LANGUAGE)) {
        language.setAttribute("langcode", "vie");
      }
      x.text(x.add(c, EAD, "accessrestrict"), EAD, "p", "Chế độ sử dụng: " + file.accessRights());
      x.text(x.add(c, EAD, "appraisal"), EAD, "p", "Thời hạn bảo quản: " + file.retention().label());
      if (file.note() != null) {
        x.text(x.add(c, EAD, "odd"), EAD, "p", file.note());
      }
      for (Item item : items) {
        Document d = item.document();
        Element document = x.add(c, EAD, "c");
        document.setAttribute("level", "item");
        document.setAttribute("id", "doc-" + d.id());
        Element itemDid = x.add(document, EAD, "did");
        if (d.issuer() != null) {
          x.text(x.add(itemDid, EAD, "origination"), EAD, "corpname", d.issuer());
        }
        x.text(itemDid, EAD, "unitid", d.number() == null ? "#" + d.id() : d.number());
        x.text(itemDid, EAD, "unittitle", d.displayTitle());
        LocalDate date = d.date();
        if (date != null) {
          x.text(itemDid, EAD, "unitdate", date.toString()).setAttribute("normal", date.toString());
        }
      }
      return x.document();
    }
  }

  /** A namespace-aware DOM document being built. */
  private static final class Xml {
    private final org.w3c.dom.Document document;

    Xml() {
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().newDocument();
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }

    Element root(String namespace, String name) {
      Element root = document.createElementNS(namespace, name);
      document.appendChild(root);
      return root;
    }

    Element add(Element parent, String namespace, String name) {
      return (Element) parent.appendChild(document.createElementNS(namespace, name));
    }

    Element text(Element parent, String namespace, String name, String value) {
      Element element = add(parent, namespace, name);
      element.setTextContent(value == null ? "" : value);
      return element;
    }

    org.w3c.dom.Document document() {
      return document;
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the unfinished package " + root, e);
    }
  }
}
