package io.contactscontracts.mock.testcontainers;

import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * An image named {@code localhost/…} exists only in the local engine: there is no registry to pull it from,
 * and trying would only delay the "not found" by Testcontainers' pull retries. Other names are pulled as usual.
 */
final class LocalImagesNeverPulled implements ImagePullPolicy {
  @Override
  public boolean shouldPull(DockerImageName imageName) {
    return !"localhost".equals(imageName.getRegistry()) && PullPolicy.defaultPolicy().shouldPull(imageName);
  }
}
