package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Campaign;

/** Campaigns: made when an archivist confirms a link to one or an award in one. */
@RegisterConstructorMapper(Campaign.class)
public interface CampaignDao {

  /** The campaign whose name is {@code name} (marks, case and punctuation aside), made if there is none. */
  @SqlQuery("""
      INSERT INTO campaigns (name, name_key, period_from, period_to) VALUES (:name, :key, :from, :to)
      ON CONFLICT (name_key) DO UPDATE
         SET period_from = COALESCE(campaigns.period_from, EXCLUDED.period_from),
             period_to = COALESCE(campaigns.period_to, EXCLUDED.period_to)
      RETURNING id""")
  long findOrCreate(@Bind("name") String name, @Bind("key") String key, @Bind("from") Integer from,
      @Bind("to") Integer to);

  @SqlQuery("SELECT id, name, period_from, period_to, level, launched_by FROM campaigns WHERE id = :id")
  Optional<Campaign> find(@Bind("id") long id);

  @SqlQuery("SELECT id, name, period_from, period_to, level, launched_by FROM campaigns ORDER BY name")
  List<Campaign> all();

  /** The names of the campaigns the document belongs to: by a confirmed link, or a confirmed award in it. */
  @SqlQuery("""
      SELECT name FROM campaigns
       WHERE id IN (SELECT campaign_id FROM campaign_mentions WHERE document_id = :id AND status = 'confirmed'
                    UNION SELECT campaign_id FROM awards WHERE document_id = :id AND status = 'confirmed')
       ORDER BY name""")
  List<String> namesOf(@Bind("id") long documentId);

  /** As {@link #namesOf(long)}, for several documents at once: each document's campaign names, in order of name. */
  @SqlQuery("""
      SELECT l.document_id, c.name FROM campaigns c
        JOIN (SELECT document_id, campaign_id FROM campaign_mentions WHERE document_id = ANY(:ids) AND status = 'confirmed'
              UNION SELECT document_id, campaign_id FROM awards WHERE document_id = ANY(:ids) AND status = 'confirmed') l
          ON l.campaign_id = c.id
       ORDER BY l.document_id, c.name""")
  @RegisterConstructorMapper(DocumentCampaign.class)
  List<DocumentCampaign> namesOf(@Bind("ids") long[] documentIds);

  /** The name of a campaign a document belongs to. */
  record DocumentCampaign(long documentId, String name) {}

  /** The documents that belong to the campaign, by a confirmed link or a confirmed award. */
  @SqlQuery("""
      SELECT document_id FROM campaign_mentions WHERE campaign_id = :id AND status = 'confirmed'
      UNION SELECT document_id FROM awards WHERE campaign_id = :id AND status = 'confirmed'""")
  List<Long> documentsOf(@Bind("id") long campaignId);

  @SqlUpdate("UPDATE campaigns SET launched_by = :document WHERE id = :id AND launched_by IS NULL")
  void launchedByIfUnknown(@Bind("id") long id, @Bind("document") long documentId);

  @SqlUpdate("""
      UPDATE campaigns SET name = :name, period_from = :periodFrom, period_to = :periodTo, level = :level,
             launched_by = :launchedBy
       WHERE id = :id""")
  void update(@BindMethods Campaign campaign);
}
