package io.contactscontracts.mock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactscontracts.mock.cli.MockServerCommand;
import io.contactscontracts.specs.ApiSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command README.md and docs/*.md show must use flags and properties that exist, so a reader who
 * copies one is not told "Unknown option" (or, worse for {@code -D}, silently ignored):
 *
 * <ul>
 *   <li>a mock server command (a code line or code span that runs {@code contacts-mock-server.jar} or the
 *       {@code contacts-mock} script) may only use options of the real picocli command, or of the subcommand
 *       it names; a code span that starts with {@code --} (the flag tables, prose) must be an option of the
 *       mock server or one of its subcommands;</li>
 *   <li>a {@code -Dname} anywhere in code must be a property of one of the poms (declared, referenced or
 *       activating a profile), a name the Java sources use, or one of {@link #OWN_PROPERTIES}.</li>
 * </ul>
 */
class DocumentedCommandsTest {

  /** Properties read by Maven itself, its plugins or the JDK, which no file of this repository names. */
  private static final Set<String> OWN_PROPERTIES = Set.of(
      // Maven and the surefire/failsafe plugins
      "skipTests", "skipITs", "maven.test.skip", "test", "it.test", "surefire.failIfNoSpecifiedTests",
      "failsafe.failIfNoSpecifiedTests", "maven.repo.local",
      // the Pact Maven plugin's pact:publish parameters
      "pact.projectVersion", "pact.broker.url", "pact.broker.token", "pact.broker.username", "pact.broker.password",
      // the versions plugin's versions:set, in the release recipe
      "newVersion", "generateBackupPoms", "processAllModules",
      // the JDK's HTTP client
      "jdk.httpclient.HttpClient.log");

  private static final Pattern FENCE = Pattern.compile("^\\s*```");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern MOCK_COMMAND = Pattern.compile("(?:contacts-mock-server\\.jar|(?:^|[\\s/])contacts-mock)(?=\\s|$)");
  private static final Pattern LONG_FLAG = Pattern.compile("(?:^|\\s)(--[A-Za-z][\\w-]*)");
  private static final Pattern PROPERTY = Pattern.compile("(?:^|[\\s\"'(])-D([A-Za-z][\\w.-]*)");
  private static final Pattern JAVA_STRING = Pattern.compile("\"([A-Za-z][\\w.-]*)\"");

  private final Path root = repositoryRoot();

  @Test
  void everyMockServerFlagTheDocsShowExists() {
    CommandSpec mock = new CommandLine(new MockServerCommand()).getCommandSpec();
    Set<String> anyOption = new TreeSet<>(optionNames(mock));
    mock.subcommands().values().forEach(sub -> anyOption.addAll(optionNames(sub.getCommandSpec())));

    List<String> problems = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      Matcher command = MOCK_COMMAND.matcher(snippet.text());
      if (command.find()) {
        String arguments = withoutComment(snippet.text().substring(command.end()));
        CommandSpec target = mock.subcommands().entrySet().stream()
            .filter(e -> Arrays.asList(arguments.trim().split("\\s+")).contains(e.getKey()))
            .map(e -> e.getValue().getCommandSpec())
            .findFirst().orElse(mock);
        Set<String> allowed = optionNames(target);
        flags(arguments).stream().filter(flag -> !allowed.contains(flag)).forEach(flag -> problems.add(
            snippet.where() + ": unknown option " + flag + " of '" + target.qualifiedName() + "' (it has " + allowed + ")"));
      } else if (snippet.span() && snippet.text().startsWith("--")) {
        flags(snippet.text()).stream().limit(1).filter(flag -> !anyOption.contains(flag)).forEach(flag -> problems.add(
            snippet.where() + ": " + flag + " is no option of the mock server or its subcommands (they have " + anyOption + ")"));
      }
    }
    assertThat(problems).as("flags in the docs that the mock server does not have").isEmpty();
  }

  @Test
  void everyPropertyTheDocsShowExists() {
    Set<String> known = knownProperties();
    List<String> problems = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      Matcher property = PROPERTY.matcher(snippet.text());
      while (property.find()) {
        if (!known.contains(property.group(1))) {
          problems.add(snippet.where() + ": unknown property -D" + property.group(1)
              + " (no pom declares or uses it, no Java source names it, and Maven, its plugins and the JDK do not read it)");
        }
      }
    }
    assertThat(problems).as("properties in the docs that nothing reads").isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    // guards against a check that passes because it reads nothing
    List<Snippet> snippets = snippets();
    assertThat(snippets).anyMatch(s -> MOCK_COMMAND.matcher(s.text()).find());
    assertThat(snippets).anyMatch(s -> s.span() && s.text().startsWith("--"));
    assertThat(snippets).anyMatch(s -> PROPERTY.matcher(s.text()).find());
    assertThat(flags("x --kejue-port=0 --no-admin y")).containsExactly("--kejue-port", "--no-admin");
  }

  private static Set<String> optionNames(CommandSpec spec) {
    return spec.options().stream().flatMap(o -> Arrays.stream(o.names())).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String> flags(String arguments) {
    List<String> flags = new ArrayList<>();
    Matcher flag = LONG_FLAG.matcher(arguments);
    while (flag.find()) {
      flags.add(flag.group(1));
    }
    return flags;
  }

  private static String withoutComment(String commandLine) {
    int comment = commandLine.indexOf(" #");
    return comment < 0 ? commandLine : commandLine.substring(0, comment);
  }

  /** A command as the docs show it: a code block line (continuation lines joined) or a code span. */
  private record Snippet(String file, int line, String text, boolean span) {
    String where() {
      return file + ":" + line;
    }
  }

  private List<Snippet> snippets() {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path page : pages) {
      String name = root.relativize(page).toString().replace('\\', '/');
      List<String> lines = read(page);
      boolean inBlock = false;
      StringBuilder command = null;
      int commandLine = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (FENCE.matcher(line).find()) {
          inBlock = !inBlock;
          continue;
        }
        if (inBlock) {
          if (command == null) {
            command = new StringBuilder();
            commandLine = i + 1;
          }
          boolean continues = line.endsWith("\\");
          command.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
          if (!continues) {
            snippets.add(new Snippet(name, commandLine, command.toString().trim(), false));
            command = null;
          }
        } else {
          Matcher span = CODE_SPAN.matcher(line);
          while (span.find()) {
            snippets.add(new Snippet(name, i + 1, span.group(1).trim(), true));
          }
        }
      }
    }
    return snippets;
  }

  private Set<String> knownProperties() {
    Set<String> known = new TreeSet<>(OWN_PROPERTIES);
    // contract-tests' LiveSettings reads live.<service>.baseUrl and live.<service>.apiKey
    for (ApiSpec spec : ApiSpec.values()) {
      known.add("live." + spec.serviceName() + ".baseUrl");
      known.add("live." + spec.serviceName() + ".apiKey");
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).filter(this::ownSource).collect(Collectors.toList())) {
        if (file.getFileName().toString().equals("pom.xml")) {
          known.addAll(pomProperties(file));
        } else {
          Matcher literal = JAVA_STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (literal.find()) {
            known.add(literal.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return known;
  }

  private boolean ownSource(Path file) {
    String path = root.relativize(file).toString().replace('\\', '/');
    String name = file.getFileName().toString();
    return !path.contains("/target/") && !path.startsWith(".") && !path.contains("/.")
        && (name.equals("pom.xml") || name.endsWith(".java"));
  }

  /** Declared ({@code <properties>}), referenced ({@code ${name}}) or profile-activating property names. */
  private static Set<String> pomProperties(Path pom) {
    Set<String> names = new TreeSet<>();
    Matcher reference = Pattern.compile("\\$\\{([^}]+)}").matcher(read(pom).stream().collect(Collectors.joining("\n")));
    while (reference.find()) {
      names.add(reference.group(1));
    }
    try {
      var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
      NodeList blocks = document.getElementsByTagName("properties");
      for (int i = 0; i < blocks.getLength(); i++) {
        NodeList children = blocks.item(i).getChildNodes();
        for (int j = 0; j < children.getLength(); j++) {
          if (children.item(j).getNodeType() == Node.ELEMENT_NODE) {
            names.add(((Element) children.item(j)).getTagName());
          }
        }
      }
      NodeList activations = document.getElementsByTagName("property");
      for (int i = 0; i < activations.getLength(); i++) {
        NodeList children = activations.item(i).getChildNodes();
        for (int j = 0; j < children.getLength(); j++) {
          if (children.item(j) instanceof Element e && e.getTagName().equals("name")) {
            names.add(e.getTextContent().trim());
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The build runs tests in the module folder; README.md and docs/ are one level up. */
  private static Path repositoryRoot() {
    Path module = Path.of("").toAbsolutePath();
    for (Path candidate = module; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("docs"))
          && Files.exists(candidate.resolve("mvnw"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no repository root (README.md, docs/, mvnw) above " + module);
  }
}
