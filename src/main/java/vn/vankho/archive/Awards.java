package vn.vankho.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import vn.vankho.model.Award;
import vn.vankho.model.AwardEdit;
import vn.vankho.model.Awardee;
import vn.vankho.model.Campaign;
import vn.vankho.model.CampaignLink;
import vn.vankho.model.Confirmation;
import vn.vankho.model.Document;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;
import vn.vankho.model.Refusal;
import vn.vankho.model.Refused;
import vn.vankho.model.TypedText;
import vn.vankho.store.AwardStore;
import vn.vankho.store.AwardeeDao;
import vn.vankho.store.DocumentStore;
import vn.vankho.text.AwardeeNames;

/**
 * Campaigns, awardees and precedent awards: what archivists decide of the awards and campaign links
 * reading proposes, and what officials look up ("has this person been commended before?").
 */
public final class Awards {
  /** How many letters at either end of a name put it in a block of names compared for merging. */
  private static final int BLOCK = 4;
  private final AwardStore store;
  private final DocumentStore documents;
  /** Brings the index up to a decision that changed which campaigns documents belong to. */
  private final Runnable reindexChanged;

  /** The archive's door to a document for a reader: an award or link in a document hidden from them is not there. */
  private final BiFunction<Long, Reader, Optional<Document>> door;

  Awards(AwardStore store, DocumentStore documents, BiFunction<Long, Reader, Optional<Document>> door,
      Runnable reindexChanged) {
    this.store = store;
    this.documents = documents;
    this.door = door;
    this.reindexChanged = reindexChanged;
  }

  /** Throws as for a missing award when {@code documentId} is absent or names a document hidden from {@code reader}. */
  private void requireDocument(Optional<Long> documentId, Refused missing, Reader reader) {
    if (documentId.flatMap(id -> door.apply(id, reader)).isEmpty()) {
      throw missing;
    }
  }

  private <T> T changed(T result) {
    reindexChanged.run();
    return result;
  }

  /** A campaign with the documents that launched and carry it out, and its awards by year. */
  public record CampaignView(Campaign campaign, DocumentRef launchedBy, List<DocumentRef> documents,
      Map<Integer, List<Precedent>> awardsByYear, List<Precedent> undated, AwardCounts counts) {}

  /** An awardee's awards with their decisions, and the awardees that may be the same one. */
  public record AwardeeView(Awardee awardee, List<Precedent> awards, List<Awardee> alike) {}

  /** A campaign in the list of campaigns, with how many documents and awards it has. */
  public record CampaignSummary(Campaign campaign, int documents, int awards) {}

  /** Awardees that may be one: offered to an archivist for merging. */
  public record MergeProposal(List<Awardee> awardees) {}

  public Award confirm(long awardId, Reader reader) {
    requireDocument(store.documentOfAward(awardId), Refusal.NO_AWARD.of(awardId), reader);
    return changed(store.confirm(awardId, reader.actor()));
  }

  public Award reject(long awardId, Reader reader) {
    requireDocument(store.documentOfAward(awardId), Refusal.NO_AWARD.of(awardId), reader);
    return changed(store.reject(awardId, reader.actor()));
  }

  public Award edit(long awardId, AwardEdit edit, Reader reader) {
    requireDocument(store.documentOfAward(awardId), Refusal.NO_AWARD.of(awardId), reader);
    return changed(store.edit(awardId, edit, reader.actor()));
  }

  public CampaignLink confirmLink(long linkId, Reader reader) {
    requireDocument(store.documentOfLink(linkId), Refusal.NO_CAMPAIGN_LINK.of(linkId), reader);
    return changed(store.decideLink(linkId, Award.CONFIRMED, reader.actor()));
  }

  public CampaignLink rejectLink(long linkId, Reader reader) {
    requireDocument(store.documentOfLink(linkId), Refusal.NO_CAMPAIGN_LINK.of(linkId), reader);
    return changed(store.decideLink(linkId, Award.REJECTED, reader.actor()));
  }

  /** Confirms what reading proposed in the document, awards and campaign links; how many of each. */
  public Confirmation confirmAllProposed(long documentId, String actor) {
    return changed(store.confirmAllProposed(documentId, actor));
  }

  /** The confirmed awards the query asks for, in documents that exist for {@code reader}. */
  public List<Precedent> precedents(PrecedentQuery query, Reader reader) {
    return store.precedents(query, reader.readable());
  }

  /** What a precedent search shows: the first awards found, how many there are, and all of them by year and form. */
  public record Found(List<Precedent> first, int total, AwardCounts counts) {}

  /** Finds every award the query asks for once, for the page of them, their number and their chart. */
  public Found search(PrecedentQuery query, Reader reader) {
    List<Precedent> all = precedents(query.withLimit(PrecedentQuery.ALL), reader);
    return new Found(all.subList(0, Math.min(query.limit(), all.size())), all.size(), AwardCounts.of(all));
  }

  /**
   * The campaigns with a document or an award that exist for {@code reader}; one whose every link was rejected
   * again is left out, and so is one known only from documents above the reader's clearance.
   */
  public List<CampaignSummary> campaigns(Reader reader) {
    return store.campaigns().stream().map(c -> new CampaignSummary(c, documentsOf(c, reader).size(),
        precedents(PrecedentQuery.ofCampaign(c.id()), reader).size()))
        .filter(c -> c.documents() > 0 || c.awards() > 0).toList();
  }

  /** The campaign, unless {@code reader} would know of it only from documents above their clearance. */
  public Optional<CampaignView> campaign(long id, Reader reader) {
    return store.campaign(id).filter(c -> !hiddenFrom(c, reader)).map(c -> {
      List<Precedent> awards = precedents(PrecedentQuery.ofCampaign(id), reader);
      Map<Integer, List<Precedent>> byYear = new TreeMap<>(Comparator.reverseOrder());
      List<Precedent> undated = new ArrayList<>();
      for (Precedent award : awards) {
        if (award.year() == null) {
          undated.add(award);
        } else {
          byYear.computeIfAbsent(award.year(), y -> new ArrayList<>()).add(award);
        }
      }
      DocumentRef launchedBy = c.launchedBy() == null ? null
          : documents.find(c.launchedBy()).filter(reader::sees).map(DocumentRef::of).orElse(null);
      return new CampaignView(c, launchedBy, documentsOf(c, reader), byYear, undated, AwardCounts.of(awards));
    });
  }

  /** Writes what an archivist knows of a campaign. */
  public Campaign updateCampaign(Campaign campaign, Reader reader) {
    if (store.campaign(campaign.id()).filter(c -> !hiddenFrom(c, reader)).isEmpty()) {
      throw Refusal.NO_CAMPAIGN.of(campaign.id());
    }
    if (campaign.launchedBy() != null && door.apply(campaign.launchedBy(), reader).isEmpty()) {
      throw Refusal.NO_DOCUMENT.of(campaign.launchedBy());
    }
    if (campaign.periodFrom() != null && campaign.periodTo() != null && campaign.periodFrom() > campaign.periodTo()) {
      throw Refusal.YEARS_BACKWARDS.of(campaign.periodFrom(), campaign.periodTo());
    }
    Campaign typed = new Campaign(campaign.id(), TypedText.required(campaign.name(), "Tên phong trào", TypedText.NAME),
        campaign.periodFrom(), campaign.periodTo(), TypedText.optional(campaign.level(), "Cấp", TypedText.CODE),
        campaign.launchedBy());
    return changed(store.updateCampaign(typed, reader.actor()));
  }

  /** The awardees with an award in a document that exists for {@code reader}. */
  public List<Awardee> awardees(Reader reader) {
    return store.awardees(reader.readable());
  }

  /** The awardee, when one of their awards is in a document that exists for {@code reader}. */
  public Optional<AwardeeView> awardee(long id, Reader reader) {
    List<Precedent> awards = precedents(PrecedentQuery.ofAwardee(id), reader);
    return store.awardee(id).filter(a -> !awards.isEmpty()).map(a -> new AwardeeView(a, awards,
        proposals(reader).stream().filter(p -> p.awardees().contains(a))
            .flatMap(p -> p.awardees().stream()).filter(other -> other.id() != id).toList()));
  }

  /**
   * Awardees whose names may be one written differently (marks, "Ông"/"Bà", an OCR slip, another unit), of
   * the same kind, that no archivist has kept apart: each group of them, linked pair by pair. Only names that
   * begin or end alike are compared (a slip rarely hits both ends), so an archive of many thousand awardees
   * is not compared pair by pair. Only awardees that exist for {@code reader} are offered.
   */
  public List<MergeProposal> proposals(Reader reader) {
    List<Awardee> all = awardees(reader);
    Set<List<Long>> apart = new HashSet<>();
    for (AwardeeDao.Apart pair : store.keptApart()) {
      apart.add(List.of(pair.firstId(), pair.secondId()));
    }
    Map<String, List<Awardee>> blocks = new HashMap<>();
    for (Awardee a : all) {
      String key = AwardeeNames.key(a.name());
      int edge = Math.min(BLOCK, key.length());
      blocks.computeIfAbsent(a.kind() + "<" + key.substring(0, edge), k -> new ArrayList<>()).add(a);
      blocks.computeIfAbsent(a.kind() + ">" + key.substring(key.length() - edge), k -> new ArrayList<>()).add(a);
    }
    Map<Long, Long> group = new LinkedHashMap<>();
    all.forEach(a -> group.put(a.id(), a.id()));
    for (List<Awardee> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          Awardee a = block.get(i);
          Awardee b = block.get(j);
          if (!apart.contains(List.of(Math.min(a.id(), b.id()), Math.max(a.id(), b.id())))
              && AwardeeNames.alike(a.name(), b.name())) {
            group.put(root(group, a.id()), root(group, b.id()));
          }
        }
      }
    }
    Map<Long, List<Awardee>> groups = new LinkedHashMap<>();
    all.forEach(a -> groups.computeIfAbsent(root(group, a.id()), r -> new ArrayList<>()).add(a));
    return groups.values().stream().filter(g -> g.size() > 1).map(MergeProposal::new).toList();
  }

  /** Merges {@code fromId} into {@code intoId}, as an archivist asked. */
  public Awardee merge(long fromId, long intoId, Reader reader) {
    requireAwardees(reader, fromId, intoId);
    return store.merge(fromId, intoId, reader.actor());
  }

  /** Records that the two are different awardees, as an archivist said. */
  public void keepApart(long firstId, long secondId, Reader reader) {
    requireAwardees(reader, firstId, secondId);
    store.keepApart(firstId, secondId, reader.actor());
  }

  /** Throws as for a missing awardee when one of {@code ids} has no award that exists for {@code reader}. */
  private void requireAwardees(Reader reader, long... ids) {
    for (long id : ids) {
      if (precedents(PrecedentQuery.ofAwardee(id), reader).isEmpty()) {
        throw Refusal.NO_AWARDEE.of(id);
      }
    }
  }

  /** True when the campaign has documents, but none of them exists for {@code reader}. */
  private boolean hiddenFrom(Campaign c, Reader reader) {
    return !store.documentsOfCampaign(c.id()).isEmpty() && documentsOf(c, reader).isEmpty();
  }

  /**
   * The documents linked to the campaign and the decisions of its awards that exist for {@code reader}, the
   * earliest first.
   */
  private List<DocumentRef> documentsOf(Campaign c, Reader reader) {
    return store.documentsOfCampaign(c.id()).stream().map(documents::find).flatMap(Optional::stream)
        .filter(reader::sees).map(DocumentRef::of)
        .sorted(Comparator.comparing(DocumentRef::date, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static long root(Map<Long, Long> group, long id) {
    long root = id;
    while (group.get(root) != root) {
      root = group.get(root);
    }
    return root;
  }
}
