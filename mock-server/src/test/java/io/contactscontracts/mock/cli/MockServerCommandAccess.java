package io.contactscontracts.mock.cli;

import io.contactscontracts.mock.ContactsMockServer;
import java.util.List;
import picocli.CommandLine;

/** Lets tests in other packages read what the command line decides, without starting it. */
public final class MockServerCommandAccess {
  private MockServerCommandAccess() {}

  /** The bind address when {@code --bind} is not given. */
  public static String defaultBindAddress() {
    MockServerCommand command = new MockServerCommand();
    new CommandLine(command).parseArgs();
    return command.bind;
  }

  /** The security lines of the banner for {@code server}, as the command started with {@code args} prints them. */
  public static List<String> securityNotice(ContactsMockServer server, String... args) {
    MockServerCommand command = new MockServerCommand();
    new CommandLine(command).parseArgs(args);
    return command.securityNotice(server);
  }
}
