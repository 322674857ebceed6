package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Refusal;
import vn.vankho.model.Award;
import vn.vankho.model.AwardEdit;
import vn.vankho.model.Awardee;
import vn.vankho.model.Campaign;
import vn.vankho.model.CampaignLink;
import vn.vankho.model.Confirmation;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;
import vn.vankho.text.Diacritics;

/**
 * Awards, awardees and campaigns, as archivists decide them. Every decision is one transaction with its
 * line in the audit log. Confirming an award is what gives it an awardee and a campaign record; merging
 * two awardees happens only here, when an archivist asks for it.
 */
public final class AwardStore {
  private final Jdbi jdbi;

  public AwardStore(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<Award> awardsOf(long documentId) {
    return jdbi.withExtension(AwardDao.class, dao -> dao.forDocument(documentId));
  }

  public List<CampaignLink> campaignLinksOf(long documentId) {
    return jdbi.withExtension(CampaignLinkDao.class, dao -> dao.forDocument(documentId));
  }

  /** The documents that belong to the campaign: by a confirmed link, or a confirmed award in them. */
  /** The document that makes the award, if there is such an award. */
  public Optional<Long> documentOfAward(long awardId) {
    return jdbi.withExtension(AwardDao.class, dao -> dao.find(awardId)).map(Award::documentId);
  }

  /** The document that names the campaign of the link, if there is such a link. */
  public Optional<Long> documentOfLink(long linkId) {
    return jdbi.withExtension(CampaignLinkDao.class, dao -> dao.find(linkId)).map(CampaignLink::documentId);
  }

  public List<Long> documentsOfCampaign(long campaignId) {
    return jdbi.withExtension(CampaignDao.class, dao -> dao.documentsOf(campaignId));
  }

  /** Confirms the award as it was read: it gets its awardee and campaign records and becomes a precedent. */
  public Award confirm(long awardId, String actor) {
    return jdbi.inTransaction(h -> {
      Award before = lockAward(h, awardId);
      return save(h, before, confirmed(h, before), "confirm award", actor);
    });
  }

  /** Rejects the award (a misreading): it leaves the precedents, and reading again does not bring it back. */
  public Award reject(long awardId, String actor) {
    return jdbi.inTransaction(h -> {
      Award before = lockAward(h, awardId);
      return save(h, before, before.decided(Award.REJECTED, null, null), "reject award", actor);
    });
  }

  /** Writes an archivist's correction over the award and confirms it: they have checked it. */
  public Award edit(long awardId, AwardEdit edit, String actor) {
    return jdbi.inTransaction(h -> {
      Award before = lockAward(h, awardId);
      return save(h, before, confirmed(h, before.edited(edit)), "edit award", actor);
    });
  }

  /** Confirms every award and campaign link still proposed in the document. */
  public Confirmation confirmAllProposed(long documentId, String actor) {
    int awards = 0;
    for (Award award : awardsOf(documentId)) {
      if (award.status().equals(Award.PROPOSED)) {
        confirm(award.id(), actor);
        awards++;
      }
    }
    int links = 0;
    for (CampaignLink link : campaignLinksOf(documentId)) {
      if (link.status().equals(Award.PROPOSED)) {
        decideLink(link.id(), Award.CONFIRMED, actor);
        links++;
      }
    }
    return new Confirmation(awards, links);
  }

  /**
   * Confirms or rejects the link between a document and a campaign it names. Confirming makes the campaign
   * if the archive has none of that name, and a document that launches it becomes its launching document
   * unless it already has one.
   */
  public CampaignLink decideLink(long linkId, String status, String actor) {
    return jdbi.inTransaction(h -> {
      CampaignLinkDao links = h.attach(CampaignLinkDao.class);
      CampaignLink before = links.find(linkId)
          .orElseThrow(() -> Refusal.NO_CAMPAIGN_LINK.of(linkId));
      Long campaignId = null;
      if (status.equals(Award.CONFIRMED)) {
        CampaignDao campaigns = h.attach(CampaignDao.class);
        campaignId = campaigns.findOrCreate(before.name(), Diacritics.wordsForm(before.name()), before.periodFrom(),
            before.periodTo());
        if (before.launches()) {
          campaigns.launchedByIfUnknown(campaignId, before.documentId());
        }
      }
      links.decide(linkId, status, campaignId);
      h.attach(DocumentDao.class).touch(before.documentId());
      h.attach(AuditDao.class).record(actor, status.equals(Award.CONFIRMED) ? "confirm campaign link"
          : "reject campaign link", before.documentId(), "campaign \"" + before.name() + "\"", before.status(), status);
      return links.find(linkId).orElseThrow();
    });
  }

  public Optional<Awardee> awardee(long id) {
    return jdbi.withExtension(AwardeeDao.class, dao -> dao.find(id));
  }

  /** The awardees with an award in a document of the {@code readable} levels of secrecy (codes). */
  public List<Awardee> awardees(String[] readable) {
    return jdbi.withExtension(AwardeeDao.class, dao -> dao.all(readable));
  }

  public List<AwardeeDao.Apart> keptApart() {
    return jdbi.withExtension(AwardeeDao.class, AwardeeDao::apart);
  }

  /** Moves every award of {@code fromId} to {@code intoId}, which takes its attributes; {@code fromId} is gone. */
  public Awardee merge(long fromId, long intoId, String actor) {
    if (fromId == intoId) {
      throw Refusal.MERGE_INTO_ITSELF.of();
    }
    return jdbi.inTransaction(h -> {
      AwardeeDao awardees = h.attach(AwardeeDao.class);
      Awardee from = awardees.find(fromId).orElseThrow(() -> Refusal.NO_AWARDEE.of(fromId));
      Awardee into = awardees.find(intoId).orElseThrow(() -> Refusal.NO_AWARDEE.of(intoId));
      h.attach(AwardDao.class).moveToAwardee(fromId, intoId);
      awardees.addAttributes(intoId, from.attributes().toArray(String[]::new));
      awardees.delete(fromId);
      h.attach(AuditDao.class).record(actor, "merge awardee", null, "awardee " + intoId,
          describe(from), describe(into));
      return awardees.find(intoId).orElseThrow();
    });
  }

  /** Records that the two are different awardees, so they are not offered for merging again. */
  public void keepApart(long firstId, long secondId, String actor) {
    jdbi.useTransaction(h -> {
      AwardeeDao awardees = h.attach(AwardeeDao.class);
      Awardee first = awardees.find(firstId).orElseThrow(() -> Refusal.NO_AWARDEE.of(firstId));
      Awardee second = awardees.find(secondId)
          .orElseThrow(() -> Refusal.NO_AWARDEE.of(secondId));
      awardees.keepApart(firstId, secondId);
      h.attach(AuditDao.class).record(actor, "keep awardees apart", null, "awardees " + firstId + ", " + secondId,
          describe(first), describe(second));
    });
  }

  public Optional<Campaign> campaign(long id) {
    return jdbi.withExtension(CampaignDao.class, dao -> dao.find(id));
  }

  public List<Campaign> campaigns() {
    return jdbi.withExtension(CampaignDao.class, CampaignDao::all);
  }

  /** Writes what an archivist knows of a campaign: its name, period, level and launching document. */
  public Campaign updateCampaign(Campaign campaign, String actor) {
    return jdbi.inTransaction(h -> {
      CampaignDao campaigns = h.attach(CampaignDao.class);
      Campaign before = campaigns.find(campaign.id())
          .orElseThrow(() -> Refusal.NO_CAMPAIGN.of(campaign.id()));
      campaigns.update(campaign);
      // the documents are indexed with the campaign's name
      DocumentDao documents = h.attach(DocumentDao.class);
      campaigns.documentsOf(campaign.id()).forEach(documents::touch);
      h.attach(AuditDao.class).record(actor, "edit campaign", campaign.launchedBy(), "campaign " + campaign.id(),
          before.toString(), campaign.toString());
      return campaigns.find(campaign.id()).orElseThrow();
    });
  }

  public List<String> campaignNamesOf(long documentId) {
    return jdbi.withExtension(CampaignDao.class, dao -> dao.namesOf(documentId));
  }

  /** The confirmed awards the query asks for, in documents of the {@code readable} levels of secrecy (codes). */
  public List<Precedent> precedents(PrecedentQuery query, String[] readable) {
    String text = key(query.text());
    String[] words = text == null ? new String[0] : text.split(" ");
    return jdbi.withExtension(AwardDao.class,
        dao -> dao.precedents(query, key(query.campaign()), key(query.unit()), words, readable));
  }

  /** Letters and digits only, so that a key is safe inside LIKE and a regular expression; null when there are none. */
  private static String key(String value) {
    String key = value == null ? "" : Diacritics.wordsForm(value);
    return key.isEmpty() ? null : key;
  }

  private static Award lockAward(Handle h, long awardId) {
    return h.attach(AwardDao.class).find(awardId).orElseThrow(() -> Refusal.NO_AWARD.of(awardId));
  }

  /** The award confirmed, with its awardee and campaign records, made where the archive has none. */
  private static Award confirmed(Handle h, Award award) {
    long awardeeId = h.attach(AwardeeDao.class).findOrCreate(award.awardee(), award.awardeeKind(), award.unit(),
        award.place(), award.attributes().toArray(String[]::new));
    Long campaignId = award.campaign() == null ? null
        : h.attach(CampaignDao.class).findOrCreate(award.campaign(), Diacritics.wordsForm(award.campaign()), null, null);
    return award.decided(Award.CONFIRMED, awardeeId, campaignId);
  }

  /** Saves {@code after}; the audit log has the status change, or for an edit both versions in full. */
  private static Award save(Handle h, Award before, Award after, String action, String actor) {
    AwardDao awards = h.attach(AwardDao.class);
    awards.update(after);
    h.attach(DocumentDao.class).touch(before.documentId());
    boolean edited = !AwardEdit.of(before).equals(AwardEdit.of(after));
    h.attach(AuditDao.class).record(actor, action, before.documentId(),
        "award " + before.id() + ": " + before.awardee() + " (" + before.form() + ")",
        edited ? describe(before) : before.status(), edited ? describe(after) : after.status());
    return awards.find(before.id()).orElseThrow();
  }

  private static String describe(Award award) {
    return award.awardee() + (award.unit().isEmpty() ? "" : ", " + award.unit()) + " (" + award.awardeeKind() + "): "
        + award.form() + (award.campaign() == null ? "" : ", \"" + award.campaign() + "\"") + " [" + award.status() + "]";
  }

  private static String describe(Awardee awardee) {
    return awardee.name() + (awardee.unit().isEmpty() ? "" : ", " + awardee.unit()) + " (" + awardee.kind() + ")";
  }
}
