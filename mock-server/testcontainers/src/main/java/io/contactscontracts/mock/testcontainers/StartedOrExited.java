package io.contactscontracts.mock.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.utility.DockerStatus;

/**
 * Leaves the verdict to {@link ReadinessWait}: Testcontainers' default check fails a container that has
 * already exited and removes it with its output, which is what tells the user why (a refused flag or spec).
 */
final class StartedOrExited extends StartupCheckStrategy {
  @Override
  public StartupStatus checkStartupState(DockerClient dockerClient, String containerId) {
    InspectContainerResponse.ContainerState state = getCurrentState(dockerClient, containerId);
    boolean started = Boolean.TRUE.equals(state.getRunning()) || DockerStatus.isContainerStopped(state);
    return started ? StartupStatus.SUCCESSFUL : StartupStatus.NOT_YET_KNOWN;
  }
}
