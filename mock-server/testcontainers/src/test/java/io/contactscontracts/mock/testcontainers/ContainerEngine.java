package io.contactscontracts.mock.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * The tests need a container engine with the mock's image in it (.ci/podman-setup, then the build of
 * mock-server/container). Without them the tests are skipped, saying why, except under {@code CI=true},
 * where they fail.
 */
final class ContainerEngine {
  private ContainerEngine() {}

  static void requireImage(DockerImageName image) {
    String problem = null;
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      problem = "No container engine (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + "). As root, run "
          + ".ci/podman-setup, which starts podman's Docker API, then build again.";
    } else {
      try {
        DockerClientFactory.lazyClient().inspectImageCmd(image.asCanonicalNameString()).exec();
      } catch (NotFoundException e) {
        problem = "The image " + image.asCanonicalNameString() + " is not built. The build of mock-server/container "
            + "makes it where .ci/podman-setup has run (as root): ./mvnw -q install -DskipTests";
      }
    }
    if (problem == null) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(problem + " (CI=true: the container tests must run)");
    }
    // JUnit reports a class aborted in @BeforeAll without its reason: say it where the build log shows it
    System.err.println("[container tests SKIPPED] " + problem);
    Assumptions.abort(problem);
  }
}
