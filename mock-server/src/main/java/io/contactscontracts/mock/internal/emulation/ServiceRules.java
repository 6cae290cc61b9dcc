package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.spec.SpecModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contactscontracts.mock.MockService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the spec cannot say about a service: how its keys look, how it words errors, and what the server
 * adds to a stored resource (id format, timestamps, server-assigned values, derived fields, phone
 * normalisation). Field lists are never restated here: the response body is the spec's response schema,
 * walked property by property; these rules only name the few fields the server fills in itself, and
 * {@link #checkAgainst} fails at startup if the spec no longer has one of them.
 */
public final class ServiceRules {

  /** What a response carries for a field of the resource the request did not set. */
  public enum AbsentFields {
    /** Every property is present: nullable ones as null, arrays as [], objects as {} (Pydantic's model dump). */
    NULL_OR_EMPTY,
    /** The field is left out unless the schema requires it (a document store omits undefined fields). */
    OMIT
  }

  /**
   * x-inferred: no documented key is longer than a few dozen characters; a key this long, or with characters
   * outside visible ASCII, is rejected like any unknown key rather than opening a workspace.
   */
  static final int MAX_KEY_LENGTH = 256;

  final MockService service;
  final List<String> keyPrefixes;
  final ErrorShape errors;
  final int maxBodyBytes;
  final Set<String> storingOperations;
  final String resourcePointer;
  final String idField;
  final Supplier<String> ids;
  final Set<String> timestampFields;
  final Map<String, JsonNode> serverValues;
  /** Derived text fields: the named source fields joined by a space. */
  final Map<String, List<String>> joined;
  final Set<String> phoneFields;
  final String phoneRegionField;
  final AbsentFields absentFields;
  /** Whether {@code application/*+json} bodies are read as JSON (FastAPI does; Express's json() parser does not). */
  final boolean jsonSuffixMediaTypes;

  private ServiceRules(MockService service, List<String> keyPrefixes, ErrorShape errors, int maxBodyBytes,
      Set<String> storingOperations, String resourcePointer, String idField, Supplier<String> ids,
      Set<String> timestampFields, Map<String, JsonNode> serverValues,
      Map<String, List<String>> joined, Set<String> phoneFields,
      String phoneRegionField, AbsentFields absentFields, boolean jsonSuffixMediaTypes) {
    this.service = service;
    this.keyPrefixes = List.copyOf(keyPrefixes);
    this.errors = errors;
    this.maxBodyBytes = maxBodyBytes;
    this.storingOperations = Set.copyOf(storingOperations);
    this.resourcePointer = resourcePointer;
    this.idField = idField;
    this.ids = ids;
    this.timestampFields = Set.copyOf(timestampFields);
    this.serverValues = Map.copyOf(serverValues);
    this.joined = Map.copyOf(joined);
    this.phoneFields = Set.copyOf(phoneFields);
    this.phoneRegionField = phoneRegionField;
    this.absentFields = absentFields;
    this.jsonSuffixMediaTypes = jsonSuffixMediaTypes;
  }

  /** The rule set of a service. */
  public static ServiceRules of(MockService service) {
    switch (service) {
      case KEJUE:
        return new ServiceRules(service,
            // documented: kej_live_; kej_test_ inferred from it
            List.of("kej_live_", "kej_test_"),
            new KejueErrors(),
            // x-inferred: the usual 1 MiB body limit of the proxy in front of a FastAPI service
            1024 * 1024,
            Set.of("createContact"),
            "",
            "id", ServiceRules::randomUuid,
            Set.of("created_at", "updated_at"),
            // x-inferred: the reference gives no source values; contacts created through the API say "api"
            Map.of("source", TextNode.valueOf("api")),
            Map.of(),
            // Kejue only recommends E.164 and stores the number as sent
            Set.of(), null,
            AbsentFields.NULL_OR_EMPTY,
            // x-inferred: FastAPI reads application/json and application/*+json bodies
            true);
      case RECEPTA:
        return new ServiceRules(service,
            List.of("rcp_"),
            new ReceptaErrors(),
            // x-inferred: Express's JSON body parser rejects bodies over 100 kB by default
            100 * 1024,
            Set.of("createContact"),
            "/data/client",
            "id", ServiceRules::objectId,
            Set.of("createdAt", "updatedAt"),
            Map.of("isActive", BooleanNode.TRUE),
            // documented: fullName is firstName and lastName joined by a space
            Map.of("fullName", List.of("firstName", "lastName")),
            // documented: the service normalises the phone number to E.164
            Set.of("phone"), "country",
            AbsentFields.OMIT,
            // x-inferred: express.json() reads application/json only, by default
            false);
      default:
        throw new IllegalArgumentException("No rules for " + service);
    }
  }

  /** A copy that issues ids from {@code ids}; tests use it to break a rule on purpose. */
  public ServiceRules withIds(Supplier<String> ids) {
    return new ServiceRules(service, keyPrefixes, errors, maxBodyBytes, storingOperations, resourcePointer,
        idField, ids, timestampFields, serverValues, joined, phoneFields, phoneRegionField, absentFields,
        jsonSuffixMediaTypes);
  }

  /** A copy that words errors with {@code errors}; tests use it to break a rule on purpose. */
  public ServiceRules withErrors(ErrorShape errors) {
    return new ServiceRules(service, keyPrefixes, errors, maxBodyBytes, storingOperations, resourcePointer,
        idField, ids, timestampFields, serverValues, joined, phoneFields, phoneRegionField, absentFields,
        jsonSuffixMediaTypes);
  }

  public MockService service() {
    return service;
  }

  public ErrorShape errors() {
    return errors;
  }

  /**
   * Whether the key has the service's format: a known prefix followed by at least one character, all of it
   * visible ASCII and at most {@value #MAX_KEY_LENGTH} characters.
   */
  public boolean acceptsKey(String key) {
    return key.length() <= MAX_KEY_LENGTH
        && keyPrefixes.stream().anyMatch(p -> key.length() > p.length() && key.startsWith(p))
        && key.chars().allMatch(c -> c > ' ' && c < 0x7F);
  }

  /** The key prefixes, for error messages, e.g. {@code kej_live_ or kej_test_}. */
  public String keyFormat() {
    return String.join(" or ", keyPrefixes);
  }

  /**
   * Fails if a field these rules name is missing from the spec: a renamed or removed field must break the
   * mock at startup, not silently stop being filled in.
   */
  public void checkAgainst(SpecModel spec) {
    spec.api().getPaths().values().forEach(item -> item.readOperations().stream()
        .filter(op -> storingOperations.contains(op.getOperationId()))
        .forEach(op -> {
          var resource = ResponseBodies.resourceSchema(spec, op, resourcePointer)
              .orElseThrow(() -> new IllegalStateException(service + " rules expect the resource of "
                  + op.getOperationId() + " at '" + resourcePointer + "' in its success response, but the spec has "
                  + "no such schema; update ServiceRules.of(" + service + ")"));
          Set<String> named = Stream.of(Set.of(idField), timestampFields, serverValues.keySet(),
                  joined.keySet(), joined.values().stream().flatMap(List::stream).collect(Collectors.toSet()),
                  phoneFields)
              .flatMap(Set::stream).collect(Collectors.toSet());
          Set<String> missing = named.stream()
              .filter(f -> resource.getProperties() == null || !resource.getProperties().containsKey(f))
              .collect(Collectors.toSet());
          if (phoneRegionField != null && spec.requestSchema(op)
              .map(r -> r.getProperties() == null || !r.getProperties().containsKey(phoneRegionField)).orElse(true)) {
            missing.add(phoneRegionField);
          }
          if (!missing.isEmpty()) {
            throw new IllegalStateException(service + " rules name the fields " + missing + ", which the spec's "
                + op.getOperationId() + " response no longer has; update ServiceRules.of(" + service + ")");
          }
        }));
  }

  /*
   * Ids come from ThreadLocalRandom, not SecureRandom (which UUID.randomUUID uses): a mock's ids need to be
   * unique, not unguessable, and the JDK's SecureRandom is one lock for all threads; under load, requests
   * queued on it for up to tens of milliseconds (bench/results, JFR jdk.JavaMonitorEnter).
   */

  /** A random (version 4) UUID, as Kejue issues them. */
  static String randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long least = (random.nextLong() & ~(0xC0L << 56)) | (0x80L << 56); // IETF variant
    return new UUID(most, least).toString();
  }

  /** A MongoDB-style ObjectId: 4 bytes of seconds since the epoch, then 8 random bytes, as 24 lowercase hex. */
  static String objectId() {
    long seconds = System.currentTimeMillis() / 1000;
    String time = Long.toHexString(0x1_0000_0000L | (seconds & 0xFFFF_FFFFL)).substring(1);
    long random = ThreadLocalRandom.current().nextLong();
    String rest = Long.toHexString(random);
    return time + "0".repeat(16 - rest.length()) + rest;
  }


}
