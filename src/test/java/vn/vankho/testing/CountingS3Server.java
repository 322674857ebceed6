package vn.vankho.testing;

import static vn.vankho.testing.S3TestServer.ACCESS_KEY;
import static vn.vankho.testing.S3TestServer.SECRET_KEY;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real S3 server of {@link S3TestServer} (S3Proxy over a folder, one per test), which also notes every request it
 * answers: how many round trips something costs a bucket, as a remote one would make them.
 */
public final class CountingS3Server implements BeforeEachCallback, AfterEachCallback {
  /** Per request, the bucket and key it names ({@code bucket/null} for a listing). */
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private Path folder;
  private BlobStoreContext blobs;
  private S3Proxy server;
  private URI uri;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    folder = Files.createTempDirectory("s3");
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", folder.toString());
    blobs = ContextBuilder.newBuilder("filesystem").overrides(properties).credentials(ACCESS_KEY, SECRET_KEY)
        .build(BlobStoreContext.class);
    BlobStore store = blobs.getBlobStore();
    server = S3Proxy.builder().blobStore(store).awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY,
        SECRET_KEY).ignoreUnknownHeaders(true).endpoint(URI.create("http://127.0.0.1:0")).build();
    // asked once for every request, to find the store and the secret its signature is checked with
    server.setBlobStoreLocator((identity, bucket, key) -> {
      requests.add(bucket + "/" + key);
      return ACCESS_KEY.equals(identity) ? Map.entry(SECRET_KEY, store) : null;
    });
    server.start();
    while (!"STARTED".equals(server.getState())) {
      Thread.sleep(10);
    }
    uri = URI.create("http://127.0.0.1:" + server.getPort());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    server.stop();
    blobs.close();
    MoreFiles.deleteRecursively(folder, RecursiveDeleteOption.ALLOW_INSECURE);
  }

  /** How many requests the server answered so far. */
  public int requests() {
    return requests.size();
  }

  /** The requests answered since the {@code since}-th, each as the bucket and key it names. */
  public List<String> requestsSince(int since) {
    return List.copyOf(requests.subList(since, requests.size()));
  }

  public S3Client client() {
    return S3TestServer.client(uri, ACCESS_KEY, SECRET_KEY);
  }

  public Map<String, String> environment() {
    return S3TestServer.environment(uri, ACCESS_KEY, SECRET_KEY);
  }
}
