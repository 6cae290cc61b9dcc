package io.contactscontracts.mock.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a spec's {@code x-emulation} extension declares about its service beyond the schemas: how it words
 * errors, how large a body it reads, which media types it reads as JSON, how it writes fields a request left
 * out, and what the server fills in on the resource it stores. Read and checked once at start-up by
 * {@link DeclaredRulesReader}; immutable.
 */
public final class DeclaredRules {
  /** The extension's name at the top level of the spec. */
  public static final String EXTENSION = "x-emulation";

  private final ErrorStyle errorStyle;
  private final int bodyLimitBytes;
  private final boolean jsonSuffixMediaTypes;
  private final AbsentFields absentFields;
  private final List<String> keyPrefixes;
  private final Optional<StoredResource> storedResource;

  DeclaredRules(ErrorStyle errorStyle, int bodyLimitBytes, boolean jsonSuffixMediaTypes, AbsentFields absentFields,
      List<String> keyPrefixes, Optional<StoredResource> storedResource) {
    this.errorStyle = errorStyle;
    this.bodyLimitBytes = bodyLimitBytes;
    this.jsonSuffixMediaTypes = jsonSuffixMediaTypes;
    this.absentFields = absentFields;
    this.keyPrefixes = List.copyOf(keyPrefixes);
    this.storedResource = storedResource;
  }

  /** Whose wording errors take. */
  public ErrorStyle errorStyle() {
    return errorStyle;
  }

  /** The largest request body the service reads; larger ones are answered 413. */
  public int bodyLimitBytes() {
    return bodyLimitBytes;
  }

  /** Whether {@code application/*+json} bodies are read as JSON (FastAPI does, Express's json() does not). */
  public boolean jsonSuffixMediaTypes() {
    return jsonSuffixMediaTypes;
  }

  /** What a response carries for a field of the resource that the request left out. */
  public AbsentFields absentFields() {
    return absentFields;
  }

  /** The prefixes a key starts with, from the API-key security scheme's {@code x-key-prefixes}. */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /** What the storing operations create, if the service stores anything. */
  public Optional<StoredResource> storedResource() {
    return storedResource;
  }

  /** The error wordings the mock knows; each is one strategy in code, selected by the spec. */
  public enum ErrorStyle implements Named {
    /** FastAPI with Pydantic v2: {@code {"detail": …}}, 422 with Pydantic's error items. */
    FASTAPI,
    /** An Express app with a {@code {success, message}} envelope: 400 naming the first offending field. */
    EXPRESS_ENVELOPE
  }

  /** What a response carries for a field the request did not set. */
  public enum AbsentFields implements Named {
    /** Every property is present: nullable ones as null, arrays as [], objects as {} (Pydantic's model dump). */
    NULL_OR_EMPTY,
    /** The field is left out unless the schema requires it (a document store omits undefined fields). */
    OMIT
  }

  /** How the server makes ids. */
  public enum IdFormat implements Named {
    /** A random (version 4) UUID, e.g. {@code 3f2b…-…}. */
    UUID,
    /** A MongoDB ObjectId: 24 lowercase hex digits, the first 8 the creation second. */
    OBJECT_ID,
    /** 1, 2, 3 … per service, as text. */
    SEQUENCE
  }

  /** How the server writes its timestamps. */
  public enum TimestampFormat implements Named {
    /** ISO-8601 in UTC to the second: {@code 2026-01-15T09:30:00Z}. */
    ISO_UTC_SECONDS,
    /** ISO-8601 in UTC to the millisecond, as JavaScript's toISOString: {@code 2026-01-15T09:30:00.123Z}. */
    ISO_UTC_MILLIS,
    /** ISO-8601 without offset to the microsecond, as Pydantic writes a naive datetime: {@code 2026-01-15T09:30:00.123456}. */
    ISO_LOCAL_MICROS
  }

  /** An enum value as the spec spells it: its name in lower case with dashes, e.g. {@code object-id}. */
  public interface Named {
    String name();

    default String yamlName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The resource the storing operations create and what the server assigns on it.
   *
   * @param operations ids of the operations that store what they create
   * @param pointer JSON pointer of the resource in the success body ({@code ""} for the body itself)
   * @param idField the field the server puts its id in
   * @param idFormat how that id looks
   * @param timestampFields fields set to the creation time
   * @param timestampFormat how the time is written
   * @param serverValues fields the server sets to a fixed value
   * @param derived fields made of other fields, joined by a space (e.g. fullName)
   * @param phoneFields fields normalised to E.164
   * @param phoneRegionField request field giving the region of numbers without a country code, if any
   */
  public record StoredResource(Set<String> operations, String pointer, String idField, IdFormat idFormat,
      List<String> timestampFields, TimestampFormat timestampFormat, Map<String, JsonNode> serverValues,
      Map<String, List<String>> derived, Set<String> phoneFields, Optional<String> phoneRegionField) {
    public StoredResource {
      operations = Set.copyOf(operations);
      timestampFields = List.copyOf(timestampFields);
      serverValues = Map.copyOf(serverValues);
      derived = Map.copyOf(derived);
      phoneFields = Set.copyOf(phoneFields);
    }

    /** Whether the operation stores what it creates. */
    public boolean storedBy(String operationId) {
      return operations.contains(operationId);
    }
  }
}
