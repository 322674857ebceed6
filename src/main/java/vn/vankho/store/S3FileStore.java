package vn.vankho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The originals in an S3-compatible bucket (Amazon's, MinIO, Ceph), under {@code prefix/ab/cd/abcd…}: every
 * machine of the archive reads them there. Bytes are received into a local {@code incoming/} folder, judged, and
 * put whole (an S3 object appears only once all of it is written); every read hashes what the server sends.
 */
public final class S3FileStore implements FileStore {
  private final S3Location location;
  private final S3Client s3;
  private final Path incoming;

  public S3FileStore(S3Location location, Path incoming) {
    this.location = location;
    this.s3 = client(location);
    this.incoming = incoming;
    requireBucket();
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the incoming folder " + incoming, e);
    }
  }

  @Override
  public Path incoming() {
    return incoming;
  }

  @Override
  public Kept keep(Received received) throws IOException {
    String digest = received.file().sha256();
    boolean keptBefore = exists(digest);
    if (keptBefore && intact(digest)) {
      return new Kept(received.file(), false);
    }
    s3.putObject(b -> b.bucket(location.bucket()).key(location.key(digest)), RequestBody.fromFile(received.path()));
    return new Kept(received.file(), keptBefore); // kept before and not intact: repaired
  }

  @Override
  public boolean exists(String sha256) {
    try {
      s3.headObject(b -> b.bucket(location.bucket()).key(location.key(sha256)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean intact(String sha256) throws IOException {
    try (InputStream in = raw(sha256)) {
      return FileStore.sha256Of(in).equals(sha256);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    return FileStore.checked(raw(sha256), sha256, where(sha256));
  }

  /** Fetched into {@code incoming/}, checked on the way; closing the copy removes it. */
  @Override
  public LocalCopy localCopy(String sha256) throws IOException {
    Path copy = Files.createTempFile(incoming, "original", ".fetched");
    try (InputStream in = open(sha256)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return new LocalCopy(copy, true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  @Override
  public void delete(String sha256) {
    s3.deleteObject(b -> b.bucket(location.bucket()).key(location.key(sha256)));
  }

  @Override
  public String where(String sha256) {
    return "s3://" + location.bucket() + "/" + location.key(sha256);
  }

  /** Page images go to {@code prefix/page-images/…}, beside the originals' {@code prefix/ab/…}. */
  @Override
  public boolean sharesDerived() {
    return true;
  }

  @Override
  public void putDerived(String name, Path file) {
    s3.putObject(b -> b.bucket(location.bucket()).key(location.prefix() + name), RequestBody.fromFile(file));
  }

  @Override
  public InputStream openDerived(String name) throws NoSuchFileException {
    try {
      return s3.getObject(b -> b.bucket(location.bucket()).key(location.prefix() + name));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException("s3://" + location.bucket() + "/" + location.prefix() + name);
    }
  }

  /** One listing request per thousand names (S3's page); some servers list their folders too, ending in /. */
  @Override
  public List<String> listDerived(String namePrefix) {
    if (!namePrefix.endsWith("/")) {
      throw new IllegalArgumentException("not a folder: " + namePrefix);
    }
    return s3.listObjectsV2Paginator(b -> b.bucket(location.bucket()).prefix(location.prefix() + namePrefix))
        .contents().stream().map(object -> object.key().substring(location.prefix().length())).toList();
  }

  /** One file is deleted outright (a missing key is no error in S3); a folder is listed first. */
  @Override
  public void deleteDerived(String namePrefix) {
    List<String> names = namePrefix.endsWith("/") ? listDerived(namePrefix) : List.of(namePrefix);
    for (String name : names) {
      s3.deleteObject(b -> b.bucket(location.bucket()).key(location.prefix() + name));
    }
  }

  @Override
  public void close() {
    s3.close();
  }

  /** Says at the start, not at the first upload, that the bucket is not there (a typo, another server). */
  private void requireBucket() {
    String where = location.bucket() + (location.endpoint() == null ? "" : " at " + location.endpoint());
    try {
      s3.headBucket(b -> b.bucket(location.bucket()));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        s3.close();
        throw new IllegalArgumentException("there is no bucket " + where + ": create it first", e);
      }
      // refused (403): credentials may be allowed the objects and not the bucket itself; reads will tell
    } catch (SdkClientException e) {
      s3.close();
      throw new IllegalArgumentException("cannot reach the bucket " + where + ": " + e.getMessage(), e);
    }
  }

  private InputStream raw(String sha256) throws NoSuchFileException {
    try {
      return s3.getObject(b -> b.bucket(location.bucket()).key(location.key(sha256)));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(where(sha256));
    }
  }

  private static S3Client client(S3Location location) {
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(location.region()))
        // the SDK's own checksum headers only where S3 demands them: servers other than Amazon's refuse some, and
        // every read is checked against the SHA-256 the records hold anyway
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .credentialsProvider(location.accessKeyId() == null
            ? DefaultCredentialsProvider.builder().build()
            : StaticCredentialsProvider.create(
                AwsBasicCredentials.create(location.accessKeyId(), location.secretAccessKey())));
    if (location.endpoint() != null) {
      // MinIO-like servers name buckets in the path, not in a host name of their own
      builder.endpointOverride(location.endpoint()).forcePathStyle(true);
    }
    return builder.build();
  }
}
