package vn.vankho.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.vankho.store.FileStore;

/**
 * A real S3 server for a test (S3Proxy over a folder), with what the tests ask of it: a client to look into the
 * bucket, and the variables an operator sets for the archive's store, as every S3 tool reads them.
 */
public final class S3TestServer {
  static final String ACCESS_KEY = "kho";
  static final String SECRET_KEY = "bi-mat-thu-nghiem";

  private S3TestServer() {}

  /** Registered as a JUnit extension: one fresh server per test. */
  public static S3ProxyExtension extension() {
    return S3ProxyExtension.builder().withBlobStoreProvider("filesystem")
        .withCredentials(ACCESS_KEY, SECRET_KEY).build();
  }

  public static S3Client client(S3ProxyExtension server) {
    return client(server.getUri(), server.getAccessKey(), server.getSecretKey());
  }

  static S3Client client(URI server, String accessKey, String secretKey) {
    return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(server).forcePathStyle(true)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .build();
  }

  public static Map<String, String> environment(S3ProxyExtension server) {
    return environment(server.getUri(), server.getAccessKey(), server.getSecretKey());
  }

  static Map<String, String> environment(URI server, String accessKey, String secretKey) {
    return Map.of("AWS_ENDPOINT_URL", server.toString(), "AWS_ACCESS_KEY_ID", accessKey,
        "AWS_SECRET_ACCESS_KEY", secretKey, "AWS_REGION", "us-east-1");
  }

  /** The originals an archive keeps in {@code bucket} under {@code prefix}, for {@link ArchiveConsistency}. */
  public static ArchiveConsistency.Originals originals(S3Client s3, String bucket, String prefix) {
    return sha256 -> {
      try {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + "/" + FileStore.relativePath(sha256)))
            .asByteArray();
      } catch (NoSuchKeyException missing) {
        return null;
      }
    };
  }

  /** The objects in a bucket (S3Proxy's folder backend also lists its folders, as keys ending in a slash). */
  public static List<String> keys(S3Client s3, String bucket) {
    return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key)
        .filter(key -> !key.endsWith("/")).toList();
  }
}
