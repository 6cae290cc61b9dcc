package io.contactscontracts.mock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.utility.DockerImageName;

/**
 * A container that cannot start fails {@code start()} at once, with the mock's exit code and its own words,
 * the same the jar prints, or with how to build a missing image.
 */
class ContainerStartFailuresIT {
  @BeforeAll
  static void requireImage() {
    ContainerEngine.requireImage(ContactsMockContainer.DEFAULT_IMAGE);
  }

  @Test
  void anUnknownFlagExitsAsTheJarDoesWithItsMessage() throws IOException, InterruptedException {
    JarRun jar = JarRun.of("--no-such-flag");
    assertThat(jar.exitCode()).isEqualTo(2);

    try (ContactsMockContainer mock = new ContactsMockContainer().withArgs("--no-such-flag")) {
      assertThatThrownBy(mock::start)
          .isInstanceOf(ContainerLaunchException.class)
          .hasMessageContaining("exited with code " + jar.exitCode())
          .hasMessageContaining(jar.output().strip());
    }
  }

  @Test
  void aSpecTheMockCannotUseExitsAsTheJarDoesWithItsMessage(@TempDir Path folder)
      throws IOException, InterruptedException {
    Path spec = folder.resolve("bad-kejue.yaml");
    String packaged = ApiSpec.KEJUE.yaml();
    String edited = packaged.replace("      format: uuid\n", "      format: guid\n");
    assertThat(edited).as("the packaged spec declares uuid ids").isNotEqualTo(packaged);
    Files.writeString(spec, edited);
    JarRun jar = JarRun.of("--spec", "kejue=" + spec);
    assertThat(jar.exitCode()).isEqualTo(2);
    assertThat(jar.output()).contains("guid");

    try (ContactsMockContainer mock = new ContactsMockContainer().withKejueSpec(spec)) {
      // the same words, about the copy in the container instead of the file here
      String expected = jar.output().strip().replace(spec.toString(), "/home/mock/specs/kejue/bad-kejue.yaml");
      assertThatThrownBy(mock::start)
          .isInstanceOf(ContainerLaunchException.class)
          .hasMessageContaining("exited with code " + jar.exitCode())
          .hasMessageContaining(expected);
    }
  }

  @Test
  void aMissingImageSaysHowToBuildIt() {
    DockerImageName missing = ContactsMockContainer.DEFAULT_IMAGE.withTag("no-such-version");
    try (ContactsMockContainer mock = new ContactsMockContainer(missing)) {
      assertThatThrownBy(mock::start)
          .isInstanceOf(ContainerLaunchException.class)
          .hasMessageContaining(missing.asCanonicalNameString())
          .hasMessageContaining("not in the container engine")
          .hasMessageContaining(".ci/podman-setup");
    }
  }
}
