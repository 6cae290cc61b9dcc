package io.contactscontracts.mock.pactcheck;

import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import io.contactscontracts.specs.ApiSpec;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a spec says at the place a validation message points to, for a reader of the report: the schema's
 * name, its type, and for an object the properties it declares.
 */
final class SpecSchemas {
  private static final String COMPONENTS = "/components/schemas/";

  private final OpenAPI api;

  SpecSchemas(ApiSpec spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    this.api = new OpenAPIParser().readContents(spec.yaml(), null, options).getOpenAPI();
  }

  /** E.g. {@code ", request body schema ContactCreate: object with properties email, first_name, …"}; or "". */
  String describe(MessageContext context, boolean listProperties) {
    if (context == null || api == null) {
      return "";
    }
    Optional<Content> content = context.getApiRequestBodyDefinition().map(b -> b.getContent())
        .or(() -> context.getApiResponseDefinition().map(r -> r.getContent()));
    Schema<?> root = content.flatMap(SpecSchemas::jsonSchema).orElse(null);
    String pointer = context.getPointers().map(MessageContext.Pointers::getSchema).orElse("");
    String name = null;
    if (pointer.startsWith(COMPONENTS)) {
      String rest = pointer.substring(COMPONENTS.length());
      int slash = rest.indexOf('/');
      name = slash < 0 ? rest : rest.substring(0, slash);
      root = api.getComponents() == null ? null : api.getComponents().getSchemas().get(name);
      pointer = slash < 0 ? "" : rest.substring(slash);
    }
    Schema<?> schema = walk(root, pointer);
    if (schema == null) {
      return "";
    }
    if (schema.get$ref() != null) {
      name = refName(schema.get$ref());
    }
    schema = resolve(schema);
    StringBuilder says = new StringBuilder(", schema");
    if (name != null) {
      says.append(' ').append(name);
    }
    if (!pointer.isEmpty()) {
      says.append(" at ").append(pointer);
    }
    says.append(": ").append(typeOf(schema));
    if (listProperties && schema.getProperties() != null) {
      says.append(" with only the properties ").append(String.join(", ", schema.getProperties().keySet()));
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      says.append(", one of ").append(schema.getEnum());
    }
    return says.toString();
  }

  /** E.g. {@code ": the X-API-Key header (ApiKeyAuth)"}: what the spec's security schemes ask a request for. */
  String securityRequirements() {
    if (api == null || api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return "";
    }
    return ": " + api.getComponents().getSecuritySchemes().entrySet().stream()
        .map(e -> "the " + e.getValue().getName() + " " + e.getValue().getIn() + " (" + e.getKey() + ")")
        .collect(java.util.stream.Collectors.joining(" or "));
  }

  /** E.g. {@code ", which declares 201, 401, 422"}: the statuses the operation of a message declares. */
  String declaredStatuses(MessageContext context) {
    if (context == null) {
      return "";
    }
    return context.getApiOperation()
        .map(o -> o.getOperation().getResponses())
        .filter(r -> !r.isEmpty())
        .map(r -> ", which declares only " + String.join(", ", r.keySet()))
        .orElse("");
  }

  private static Optional<Schema<?>> jsonSchema(Content content) {
    if (content == null) {
      return Optional.empty();
    }
    return content.entrySet().stream()
        .filter(e -> e.getKey().contains("json"))
        .map(java.util.Map.Entry::getValue)
        .map(MediaType::getSchema)
        .<Schema<?>>map(s -> s)
        .findFirst();
  }

  private Schema<?> walk(Schema<?> root, String pointer) {
    Schema<?> current = root;
    List<String> segments = new ArrayList<>();
    for (String s : pointer.split("/")) {
      if (!s.isEmpty()) {
        segments.add(s.replace("~1", "/").replace("~0", "~"));
      }
    }
    for (int i = 0; i < segments.size() && current != null; i++) {
      current = resolve(current);
      String segment = segments.get(i);
      switch (segment) {
        case "properties" -> {
          i++;
          current = current.getProperties() == null || i >= segments.size() ? null : current.getProperties().get(segments.get(i));
        }
        case "items" -> current = current.getItems();
        case "additionalProperties" -> current = current.getAdditionalProperties() instanceof Schema<?> s ? s : null;
        case "allOf", "anyOf", "oneOf" -> {
          i++;
          List<Schema> parts = segment.equals("allOf") ? current.getAllOf() : segment.equals("anyOf") ? current.getAnyOf() : current.getOneOf();
          current = parts == null || i >= segments.size() ? null : parts.get(Integer.parseInt(segments.get(i)));
        }
        default -> current = null;
      }
    }
    return current;
  }

  private Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    for (int depth = 0; current != null && current.get$ref() != null && depth < 20; depth++) {
      current = api.getComponents() == null ? null : api.getComponents().getSchemas().get(refName(current.get$ref()));
    }
    return current == null ? schema : current;
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String typeOf(Schema<?> schema) {
    String type = schema.getType() != null ? schema.getType()
        : schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "any type";
    if ("array".equals(type) && schema.getItems() != null) {
      Schema<?> items = schema.getItems();
      type = "array of " + (items.get$ref() != null ? refName(items.get$ref()) : typeOf(items));
    }
    if (schema.getFormat() != null) {
      type += " (" + schema.getFormat() + ")";
    }
    return Boolean.TRUE.equals(schema.getNullable()) ? type + " or null" : type;
  }
}
