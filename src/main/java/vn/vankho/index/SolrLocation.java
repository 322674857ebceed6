package vn.vankho.index;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A SolrCloud named by its ZooKeeper, as Solr's own tools write it: {@code zk1:2181,zk2:2181/solr}, the hosts, then
 * the chroot if any. The archive's index is its collection {@link #COLLECTION}.
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot) {
  /** The collection that holds the archive's index, and the name of its configset (index-config/solr). */
  public static final String COLLECTION = "vankho";

  public SolrLocation {
    zkHosts = List.copyOf(zkHosts);
  }

  /** Reads {@code host:port[,host:port…][/chroot]}; refuses anything else with a message that says why. */
  public static SolrLocation parse(String zkHost) {
    String value = zkHost.strip();
    int slash = value.indexOf('/');
    String hosts = slash < 0 ? value : value.substring(0, slash);
    Optional<String> chroot = slash < 0 || slash == value.length() - 1 ? Optional.empty() : Optional.of(value.substring(slash));
    List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).toList();
    if (list.stream().anyMatch(host -> !host.matches("[\\w.-]+:\\d+"))) {
      throw new IllegalArgumentException("--solr: expected ZooKeeper as host:port[,host:port…][/chroot], not " + zkHost);
    }
    return new SolrLocation(list, chroot);
  }

  @Override
  public String toString() {
    return String.join(",", zkHosts) + chroot.orElse("");
  }
}
