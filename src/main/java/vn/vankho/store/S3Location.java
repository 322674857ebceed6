package vn.vankho.store;

import java.net.URI;
import java.util.Map;

/**
 * Where originals are kept in S3-compatible object storage: {@code s3://bucket/prefix}, with the server and the
 * credentials from the environment as every S3 tool reads them ({@code AWS_ENDPOINT_URL} for a server other than
 * Amazon's, such as MinIO or Ceph; {@code AWS_REGION}; {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}).
 *
 * @param endpoint the server, or null for Amazon's own
 * @param accessKeyId null to let the SDK find credentials itself (an instance profile, a shared config file)
 */
public record S3Location(String bucket, String prefix, URI endpoint, String region, String accessKeyId,
    String secretAccessKey) {
  /** The region asked for when none is set: servers other than Amazon's accept any. */
  static final String DEFAULT_REGION = "us-east-1";

  /** Reads {@code s3://bucket/prefix} and the variables of {@code environment}. */
  public static S3Location parse(String url, Map<String, String> environment) {
    URI uri = URI.create(url);
    if (!"s3".equals(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("not an S3 location such as s3://bucket/prefix: " + url);
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    String endpoint = blankToNull(environment.get("AWS_ENDPOINT_URL"));
    String region = blankToNull(environment.get("AWS_REGION"));
    return new S3Location(uri.getHost(), path.isEmpty() ? "" : path + "/",
        endpoint == null ? null : URI.create(endpoint), region == null ? DEFAULT_REGION : region,
        blankToNull(environment.get("AWS_ACCESS_KEY_ID")), blankToNull(environment.get("AWS_SECRET_ACCESS_KEY")));
  }

  /** The key of the bytes with this digest: the prefix, then the store's own {@code ab/cd/abcd…}. */
  String key(String sha256) {
    return prefix + FileStore.relativePath(sha256);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
