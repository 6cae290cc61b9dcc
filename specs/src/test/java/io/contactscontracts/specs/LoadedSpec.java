package io.contactscontracts.specs;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** A spec as swagger-parser reads it, with the helpers the tests share. */
final class LoadedSpec {
  final ApiSpec spec;
  final SwaggerParseResult result;
  final OpenAPI api;

  private LoadedSpec(ApiSpec spec, String yaml) {
    this.spec = spec;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    this.result = new OpenAPIParser().readContents(yaml, null, options);
    this.api = result.getOpenAPI();
  }

  static LoadedSpec of(ApiSpec spec) {
    return new LoadedSpec(spec, spec.yaml());
  }

  static LoadedSpec fromYaml(ApiSpec spec, String yaml) {
    return new LoadedSpec(spec, yaml);
  }

  /** Follows a local {@code $ref} to its component; returns other schemas unchanged. */
  Schema<?> resolve(Schema<?> schema) {
    String ref = schema.get$ref();
    if (ref == null) {
      return schema;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    Schema<?> target = api.getComponents().getSchemas().get(name);
    if (target == null) {
      throw new AssertionError(spec + ": dangling $ref " + ref);
    }
    return resolve(target);
  }

  Schema<?> component(String name) {
    Schema<?> schema = api.getComponents().getSchemas().get(name);
    if (schema == null) {
      throw new AssertionError(spec + " has no component schema " + name);
    }
    return schema;
  }

  /** The schema of a property, {@code $ref}s followed; a path like {@code data.client.id} walks nested objects. */
  Schema<?> property(Schema<?> owner, String path) {
    Schema<?> current = owner;
    for (String name : path.split("\\.")) {
      Schema<?> object = resolve(current);
      current = object.getProperties() == null ? null : object.getProperties().get(name);
      if (current == null) {
        throw new AssertionError(spec + ": no property '" + name + "' on the path " + path);
      }
    }
    return current;
  }
}
