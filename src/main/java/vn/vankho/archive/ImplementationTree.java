package vn.vankho.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vankho.model.Citation;
import vn.vankho.model.Document;
import vn.vankho.model.SubordinateUnit;
import vn.vankho.store.CitationStore;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.UnitStore;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentTypes;

/**
 * The documents that implement a directive or plan, transitively (41-CT/TW ⟵ 152-KH/TU ⟵ 229-KH/HU),
 * and the subordinate units of its issuer that have not issued an implementing document yet.
 */
public final class ImplementationTree {
  /** Deeper chains than this are not real: stop rather than follow a citation loop. */
  private static final int MAX_DEPTH = 8;

  private final DocumentStore documents;
  private final CitationStore citations;
  private final UnitStore units;

  ImplementationTree(DocumentStore documents, CitationStore citations, UnitStore units) {
    this.documents = documents;
    this.citations = citations;
    this.units = units;
  }

  /** A document in the tree, with the documents that implement it. */
  public record Node(long id, String number, String typeName, String issuer, LocalDate date, String title,
      List<Node> children) {}

  /** The tree under a document, and who of its issuer's units has not implemented it. */
  public record View(Node root, List<SubordinateUnit> pending, List<SubordinateUnit> units) {}

  /**
   * The tree under {@code root}, which the archive's door let {@code reader} read; documents hidden from them are
   * left out.
   */
  View of(Document root, Reader reader) {
    Node tree = node(root, new HashSet<>(Set.of(root.id())), 0, reader);
    List<SubordinateUnit> units = unitsOf(root.issuer());
    List<String> implementers = new ArrayList<>();
    collectIssuers(tree.children(), implementers);
    List<SubordinateUnit> pending = units.stream()
        .filter(unit -> implementers.stream().noneMatch(issuer -> sameBody(issuer, unit.name())))
        .toList();
    return new View(tree, pending, units);
  }

  private Node node(Document d, Set<Long> seen, int depth, Reader reader) {
    List<Node> children = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (Citation c : citations.citedBy(d.id())) {
        if (c.relation().equals("implements") && seen.add(c.citingId())) {
          documents.find(c.citingId()).filter(reader::sees)
              .ifPresent(child -> children.add(node(child, seen, depth + 1, reader)));
        }
      }
    }
    return new Node(d.id(), d.number(), d.type() == null ? null : DocumentTypes.name(d.type()).orElse(null),
        d.issuer(), d.date(), d.displayTitle(), List.copyOf(children));
  }

  private List<SubordinateUnit> unitsOf(String issuer) {
    if (issuer == null) {
      return List.of();
    }
    return units.units().stream().filter(u -> sameBody(issuer, u.parent())).toList();
  }

  private static void collectIssuers(List<Node> nodes, List<String> into) {
    for (Node n : nodes) {
      if (n.issuer() != null) {
        into.add(n.issuer());
      }
      collectIssuers(n.children(), into);
    }
  }

  /** "Ban Thường vụ Huyện ủy Đam Rông" is the body an archivist keeps as "Huyện ủy Đam Rông". */
  private static boolean sameBody(String issuer, String unit) {
    String a = Diacritics.searchForm(issuer);
    String b = Diacritics.searchForm(unit);
    return a.contains(b) || b.contains(a);
  }
}
