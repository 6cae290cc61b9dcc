import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of a mock server under load (bench/run.sh --profile): where the threads that
 * serve requests spend their CPU samples, grouped into the parts a request goes through, the hottest
 * methods, the biggest allocation sites and the GC pauses. JDK only, so it runs with Java's single-file
 * launcher: {@code java bench/tools/JfrHotPaths.java recording.jfr}. Record with a deep stack
 * ({@code -XX:FlightRecorderOptions:stackdepth=256}): Jetty's frames sit at the bottom of a request's stack.
 */
public final class JfrHotPaths {

  /** Parts of a request, first match wins (checked on the whole stack). */
  private static final Map<String, Predicate<List<String>>> PARTS = new LinkedHashMap<>();

  static {
    // WireMock records every request (LoggedRequest, ServeEvent) whether or not its journal keeps it
    PARTS.put("WireMock's record of the request (LoggedRequest; bare WireMock makes it too)",
        anyFrame("wiremock.verification."));
    PARTS.put("response validation against the spec (networknt, when on)", anyFrame("emulation.AnswerCheck."));
    PARTS.put("request validation against the spec (networknt)", anyFrame("emulation.RequestValidation."));
    PARTS.put("building and storing the response (emulation)", anyFrame("emulation.Answers.success")
        .or(anyFrame("mock.internal.emulation.Reply.")).or(anyFrame("mock.internal.state.Workspaces.")));
    PARTS.put("rest of the emulation (routing, key check, Prefer, reading the JSON, errors)",
        anyFrame("mock.internal.emulation.").or(anyFrame("mock.internal.http.EmulationTransformer.")));
    PARTS.put("reading the body before WireMock (size limit, gzip: RequestBodyGuard)",
        anyFrame("mock.internal.http.RequestBodyGuard.guard").or(anyFrame("mock.internal.http.RequestBodyGuard.write")));
    PARTS.put("taking WireMock's Matched-Stub headers off (NoStubHeaders)", anyFrame("mock.internal.http.NoStubHeaders."));
    PARTS.put("WireMock stub matching and response rendering",
        anyFrame("wiremock.stubbing.").or(anyFrame("wiremock.http.StubResponseRenderer")));
    PARTS.put("WireMock/Jetty HTTP handling (the rest)", anyFrame("org.eclipse.jetty.").or(anyFrame("wiremock.")));
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java JfrHotPaths.java recording.jfr");
      System.exit(2);
    }
    Map<String, Integer> parts = new LinkedHashMap<>();
    PARTS.keySet().forEach(p -> parts.put(p, 0));
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Long> allocations = new HashMap<>();
    int samples = 0;
    int requestSamples = 0;
    long allocated = 0;
    Duration gcPauses = Duration.ZERO;
    int gcs = 0;
    Duration span = Duration.ZERO;
    Instant first = null;
    Instant last = null;

    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = event.getEventType().getName();
      if (first == null || event.getStartTime().isBefore(first)) {
        first = event.getStartTime();
      }
      if (last == null || event.getEndTime().isAfter(last)) {
        last = event.getEndTime();
      }
      switch (type) {
        case "jdk.ExecutionSample" -> {
          samples++;
          List<String> frames = frames(event.getStackTrace());
          if (frames.stream().noneMatch(f -> f.startsWith("org.eclipse.jetty.server."))) {
            continue; // not serving a request (start-up, timers, selector)
          }
          requestSamples++;
          self.merge(frames.get(0), 1, Integer::sum);
          for (String frame : new HashSet<>(frames)) {
            inclusive.merge(frame, 1, Integer::sum);
          }
          PARTS.entrySet().stream().filter(p -> p.getValue().test(frames)).findFirst()
              .ifPresent(p -> parts.merge(p.getKey(), 1, Integer::sum));
        }
        case "jdk.ObjectAllocationSample" -> {
          long weight = event.getLong("weight");
          allocated += weight;
          List<String> frames = frames(event.getStackTrace());
          frames.stream().filter(JfrHotPaths::projectOrLibrary).findFirst()
              .ifPresent(site -> allocations.merge(site, weight, Long::sum));
        }
        case "jdk.GarbageCollection" -> {
          gcs++;
          gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
        }
        default -> { }
      }
    }
    if (first != null) {
      span = Duration.between(first, last);
    }

    System.out.printf("%d CPU samples, %d of them in threads serving a request; recording of %.1f s%n",
        samples, requestSamples, span.toMillis() / 1000.0);
    System.out.println();
    System.out.println("| part of a request | share of request-thread samples |");
    System.out.println("|---|---:|");
    int total = Math.max(requestSamples, 1);
    parts.forEach((part, n) -> System.out.printf("| %s | %.1f %% |%n", part, 100.0 * n / total));
    System.out.println();
    System.out.println("Hottest methods (self):");
    top(self, 15).forEach((m, n) -> System.out.printf("  %5.1f %%  %s%n", 100.0 * n / total, m));
    System.out.println();
    System.out.println("Project and library methods by inclusive share:");
    inclusive.entrySet().stream().filter(e -> projectOrLibrary(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    System.out.println();
    System.out.printf("Allocation (sampled): %.0f MB; by first project or library frame:%n", allocated / 1e6);
    long allocationTotal = Math.max(allocated, 1);
    allocations.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / allocationTotal, e.getKey()));
    System.out.println();
    System.out.printf("GC: %d collections, %d ms of pauses (%.1f %% of the recording)%n", gcs, gcPauses.toMillis(),
        span.isZero() ? 0.0 : 100.0 * gcPauses.toMillis() / span.toMillis());
  }

  private static Predicate<List<String>> anyFrame(String fragment) {
    return frames -> frames.stream().anyMatch(f -> f.contains(fragment));
  }

  private static boolean projectOrLibrary(String frame) {
    return !(frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")
        || frame.startsWith("org.eclipse.jetty."));
  }

  private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
    Map<String, Integer> top = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static List<String> frames(RecordedStackTrace stack) {
    if (stack == null) {
      return List.of("(no stack)");
    }
    return stack.getFrames().stream()
        .map(RecordedFrame::getMethod)
        .map(m -> m.getType().getName() + "." + m.getName())
        .toList();
  }
}
