package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.CampaignLink;

/** The campaigns documents name, proposed as links until an archivist confirms or rejects them. */
@RegisterConstructorMapper(CampaignLink.class)
public interface CampaignLinkDao {
  String COLUMNS = "id, document_id, name, launches, period_from, period_to, status, source_line, page, campaign_id";

  @SqlQuery("SELECT " + COLUMNS + " FROM campaign_mentions WHERE document_id = :id ORDER BY page, id")
  List<CampaignLink> forDocument(@Bind("id") long documentId);

  @SqlQuery("SELECT " + COLUMNS + " FROM campaign_mentions WHERE id = :id FOR UPDATE")
  Optional<CampaignLink> find(@Bind("id") long id);

  @SqlUpdate("UPDATE campaign_mentions SET status = :status, campaign_id = :campaign WHERE id = :id")
  void decide(@Bind("id") long id, @Bind("status") String status, @Bind("campaign") Long campaignId);
}
