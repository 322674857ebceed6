package vn.vankho.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.IOUtils;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import vn.vankho.index.SolrLocation;

/**
 * A real SolrCloud in the test's JVM: ZooKeeper and two Solr nodes (Solr's own MiniSolrCloudCluster), holding the
 * archive's collection made from index-config/solr, two shards of two replicas each, one replica of each shard on
 * each node. Runs only on the class path of the surefire execution {@code solrcloud} (Solr's Jetty 10, see pom.xml).
 */
public final class SolrTestCluster implements AutoCloseable {
  private static final int NODES = 2;
  private static final int SHARDS = 2;
  private static final int REPLICAS = 2;

  private final Path folder;
  private final MiniSolrCloudCluster cluster;

  private SolrTestCluster(Path folder, MiniSolrCloudCluster cluster) {
    this.folder = folder;
    this.cluster = cluster;
  }

  public static SolrTestCluster start() throws Exception {
    Path folder = Files.createTempDirectory("vankho-solrcloud");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, folder)
        .addConfig(SolrLocation.COLLECTION, Path.of("index-config/solr"))
        .withMetrics(false)
        .build();
    try {
      CollectionAdminRequest.createCollection(SolrLocation.COLLECTION, SolrLocation.COLLECTION, SHARDS, REPLICAS)
          .process(cluster.getSolrClient());
      cluster.waitForActiveCollection(SolrLocation.COLLECTION, SHARDS, SHARDS * REPLICAS);
      return new SolrTestCluster(folder, cluster);
    } catch (Exception e) {
      cluster.shutdown();
      throw e;
    }
  }

  /** The cluster as the archive's option --solr names it: ZooKeeper's address and chroot. */
  public SolrLocation location() {
    return SolrLocation.parse(zkHost());
  }

  public String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  /** Stops one Solr node, as a machine lost; ZooKeeper and the other node go on. */
  public void stopNode(int node) throws Exception {
    JettySolrRunner jetty = cluster.getJettySolrRunner(node);
    cluster.stopJettySolrRunner(jetty);
    cluster.waitForJettyToStop(jetty);
  }

  @Override
  public void close() throws Exception {
    try {
      cluster.shutdown();
    } finally {
      IOUtils.rm(folder);
    }
  }
}
