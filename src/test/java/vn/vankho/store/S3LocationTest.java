package vn.vankho.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --store s3://bucket/prefix} and the AWS variables, read as an operator writes them. */
class S3LocationTest {
  private static final String SHA = "7f7b86332546ee90023d3e15ee35d8b583056be88221b4b9a66f65b0c703f990";

  @Test
  void theBucketThePrefixAndTheServerComeFromTheAddressAndTheEnvironment() {
    S3Location location = S3Location.parse("s3://vankho/tinh/lam-dong/", Map.of("AWS_ENDPOINT_URL",
        "http://minio:9000", "AWS_ACCESS_KEY_ID", "kho", "AWS_SECRET_ACCESS_KEY", "bi-mat", "AWS_REGION", "ap-southeast-1"));
    assertEquals("vankho", location.bucket());
    assertEquals("tinh/lam-dong/7f/7b/" + SHA, location.key(SHA));
    assertEquals(URI.create("http://minio:9000"), location.endpoint());
    assertEquals("ap-southeast-1", location.region());
    assertEquals("kho", location.accessKeyId());
  }

  @Test
  void withoutPrefixOrVariablesTheKeysStartAtTheTopAndTheSdkFindsServerAndCredentials() {
    S3Location location = S3Location.parse("s3://vankho", Map.of("AWS_ENDPOINT_URL", " "));
    assertEquals("7f/7b/" + SHA, location.key(SHA));
    assertNull(location.endpoint(), "Amazon's own");
    assertNull(location.accessKeyId());
    assertEquals("us-east-1", location.region());
  }

  @Test
  void anAddressThatIsNotS3IsRefused() {
    assertThrows(IllegalArgumentException.class, () -> S3Location.parse("http://vankho/x", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> S3Location.parse("s3:///x", Map.of()));
  }
}
