package io.contactscontracts.mock.internal.emulation;

import io.contactscontracts.mock.internal.openapi.SchemaSampler;
import io.contactscontracts.mock.internal.openapi.SchemaTypes;
import io.contactscontracts.mock.internal.openapi.SpecModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactscontracts.mock.internal.openapi.DeclaredRules;
import io.contactscontracts.mock.internal.openapi.DeclaredRules.StoredResource;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Success bodies, built from the declared response's schema: every property of the schema is visited;
 * fields of the request schema that the response schema also has are echoed, and the spec's declared rules
 * ({@code x-emulation.storedResource}) fill in what the server assigns. A field added to both the request and
 * the response schema is echoed with no code change.
 */
final class ResponseBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SpecModel spec;
  private final DeclaredRules rules;
  private final Optional<StoredResource> stored;
  private final ServerAssigned assigned;

  ResponseBodies(SpecModel spec, DeclaredRules rules) {
    this.spec = spec;
    this.rules = rules;
    this.stored = rules.storedResource();
    this.assigned = stored.map(r -> new ServerAssigned(r.idFormat(), r.timestampFormat())).orElse(null);
  }

  /** A success body and, for operations that store a resource, the resource as stored. */
  record Built(JsonNode body, ObjectNode resource) {}

  Built build(Operation operation, SpecModel.DeclaredResponse response, JsonNode request) {
    Optional<Schema<?>> schema = response.schema();
    if (schema.isEmpty()) {
      return new Built(null, null);
    }
    ObjectNode requestObject = request != null && request.isObject() ? (ObjectNode) request : NODES.objectNode();
    Schema<?> requestSchema = spec.requestSchema(operation).orElse(null);
    Optional<StoredResource> storing = stored.filter(r -> r.storedBy(operation.getOperationId()));
    Optional<Schema<?>> resourceSchema = storing.flatMap(r -> resourceSchema(schema.get(), r.pointer()));
    if (storing.isEmpty() || resourceSchema.isEmpty()) {
      return new Built(echoOrSample(schema.get(), requestSchema, requestObject), null);
    }
    String pointer = storing.get().pointer();
    ObjectNode resource = resource(resourceSchema.get(), requestSchema, requestObject, storing.get());
    JsonNode body = pointer.isEmpty() ? resource : envelope(schema.get(), "", pointer, resource);
    return new Built(body, resource);
  }

  private static Optional<Schema<?>> resourceSchema(Schema<?> body, String pointer) {
    return pointer.isEmpty() ? Optional.of(body) : SchemaTypes.at(body, List.of(pointer.substring(1).split("/")));
  }

  /** The resource as the server stores it: echoed fields plus what the rules assign, in the schema's order. */
  private ObjectNode resource(Schema<?> schema, Schema<?> requestSchema, ObjectNode request,
      StoredResource rules) {
    String now = assigned.now();
    Map<String, JsonNode> values = new LinkedHashMap<>();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    schema.getProperties().forEach((name, property) -> {
      JsonNode value;
      if (name.equals(rules.idField())) {
        value = NODES.textNode(assigned.newId());
      } else if (rules.timestampFields().contains(name)) {
        value = NODES.textNode(now);
      } else if (rules.derived().containsKey(name)) {
        value = null; // filled in below, once the fields it is made of are known
      } else if (request.has(name) && declares(requestSchema, name)) {
        value = echo(name, request, rules);
      } else if (rules.serverValues().containsKey(name)) {
        value = rules.serverValues().get(name).deepCopy();
      } else {
        value = defaultOf(property, requestSchema, name)
            .orElseGet(() -> absent(property, required.contains(name), this.rules.absentFields()));
      }
      values.put(name, value);
    });
    rules.derived().forEach((name, sources) -> values.put(name, joined(values, sources)));
    ObjectNode resource = NODES.objectNode();
    values.forEach((name, value) -> {
      if (value != null) {
        resource.set(name, value);
      }
    });
    return resource;
  }

  private static JsonNode echo(String name, ObjectNode request, StoredResource rules) {
    JsonNode value = request.get(name);
    if (rules.phoneFields().contains(name) && value.isTextual()) {
      JsonNode region = rules.phoneRegionField().map(request::get).orElse(null);
      return NODES.textNode(PhoneNumbers.toE164(value.asText(), region != null && region.isTextual() ? region.asText() : null));
    }
    return value.deepCopy();
  }

  /**
   * Whether the request schema has the field: only those are echoed, as a field the request model does not
   * know is ignored by both services (a client cannot set {@code is_active} or {@code source} on Kejue).
   */
  private static boolean declares(Schema<?> requestSchema, String name) {
    return requestSchema == null || requestSchema.getProperties() == null
        || requestSchema.getProperties().containsKey(name);
  }

  /** The spec's default for the field: the response schema's, else the request schema's. */
  private static Optional<JsonNode> defaultOf(Schema<?> property, Schema<?> requestSchema, String name) {
    if (property.getDefault() != null) {
      return Optional.of(SchemaSampler.declaredDefault(property));
    }
    if (requestSchema != null && requestSchema.getProperties() != null) {
      Schema<?> requested = requestSchema.getProperties().get(name);
      if (requested != null && requested.getDefault() != null) {
        return Optional.of(SchemaSampler.declaredDefault(requested));
      }
    }
    return Optional.empty();
  }

  private static JsonNode absent(Schema<?> property, boolean required, DeclaredRules.AbsentFields policy) {
    if (policy == DeclaredRules.AbsentFields.NULL_OR_EMPTY) {
      if (SchemaTypes.isNullable(property)) {
        return NullNode.getInstance();
      }
      String type = SchemaTypes.typeOf(property);
      if (type.equals("array")) {
        return NODES.arrayNode();
      }
      if (type.equals("object")) {
        return NODES.objectNode();
      }
    }
    return required ? SchemaSampler.sample(property) : null;
  }

  private static JsonNode joined(Map<String, JsonNode> values, List<String> sources) {
    StringBuilder text = new StringBuilder();
    for (String source : sources) {
      JsonNode value = values.get(source);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        text.append(text.length() == 0 ? "" : " ").append(value.asText().trim());
      }
    }
    return NODES.textNode(text.toString());
  }

  /**
   * The envelope around the resource: the path to the resource is followed, other required properties take
   * the spec's example or default (Recepta's {@code success: true}, {@code message: "Client created
   * successfully"}), optional ones are left out.
   */
  private static JsonNode envelope(Schema<?> schema, String path, String pointer, ObjectNode resource) {
    ObjectNode object = NODES.objectNode();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    schema.getProperties().forEach((name, property) -> {
      String child = path + "/" + name;
      if (child.equals(pointer)) {
        object.set(name, resource);
      } else if (pointer.startsWith(child + "/")) {
        object.set(name, envelope(property, child, pointer, resource));
      } else if (required.contains(name)) {
        object.set(name, SchemaSampler.sample(property));
      }
    });
    return object;
  }

  /** For operations without a rule set: request fields the schema has, then every required property. */
  private static JsonNode echoOrSample(Schema<?> schema, Schema<?> requestSchema, ObjectNode request) {
    if (!"object".equals(SchemaTypes.typeOf(schema)) || schema.getProperties() == null) {
      return SchemaSampler.sample(schema);
    }
    ObjectNode object = NODES.objectNode();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    schema.getProperties().forEach((name, property) -> {
      if (request.has(name) && declares(requestSchema, name)) {
        object.set(name, request.get(name).deepCopy());
      } else if (required.contains(name)) {
        object.set(name, SchemaSampler.sample(property));
      }
    });
    return object;
  }
}
