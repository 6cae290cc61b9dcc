package io.contactscontracts.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each field the vendors' reference pages document, written down here from the pages (not from the specs),
 * and checked against the specs: name, type and nullability. A spec edit that renames, retypes or drops a
 * documented field fails here.
 */
class DocumentedFieldsTest {

  /** One documented field: where it lives, its JSON type ("array<string>" for arrays) and nullability. */
  record Field(ApiSpec spec, String schema, String path, String type, boolean nullable) {
    static List<Field> parse(ApiSpec spec, String schema, String table) {
      return table.lines().map(String::trim).filter(l -> !l.isEmpty()).map(line -> {
        String[] cols = line.split("\\s+");
        return new Field(spec, schema, cols[0], cols[1], cols.length > 2 && cols[2].equals("nullable"));
      }).collect(Collectors.toList());
    }
  }

  // Kejue "Create Contact": request body, all optional; "string | null" is nullable.
  private static final String KEJUE_REQUEST = """
      phone            string         nullable
      whatsapp_number  string         nullable
      email            string         nullable
      first_name       string         nullable
      last_name        string         nullable
      company          string         nullable
      job_title        string         nullable
      country          string         nullable
      timezone         string         nullable
      language         string         nullable
      tags             array<string>
      metadata         object
      """;

  // Kejue "Successful Response": the public-safe contact.
  private static final String KEJUE_RESPONSE = KEJUE_REQUEST + """
      id               string
      source           string         nullable
      is_active        boolean
      created_at       string         nullable
      updated_at       string         nullable
      """;

  // Recepta "Create a contact": request body.
  private static final String RECEPTA_REQUEST = """
      firstName     string
      lastName      string
      email         string
      phone         string
      source        string
      tags          array<string>
      status        string
      notes         string
      company_name  string
      address       string
      city          string
      state         string
      zipCode       string
      country       string
      customFields  object
      """;

  // Recepta "Contact created": the envelope and the client shown in the example.
  private static final String RECEPTA_RESPONSE = """
      success                   boolean
      message                   string
      data                      object
      data.client               object
      data.client.id            string
      data.client.firstName     string
      data.client.lastName      string
      data.client.fullName      string
      data.client.email         string
      data.client.phone         string
      data.client.source        string
      data.client.tags          array<string>
      data.client.status        string
      data.client.notes         string
      data.client.company_name  string
      data.client.address       string
      data.client.city          string
      data.client.state         string
      data.client.zipCode       string
      data.client.country       string
      data.client.customFields  object
      data.client.isActive      boolean
      data.client.createdAt     string
      data.client.updatedAt     string
      """;

  private static Stream<Field> documented() {
    return Stream.of(
            Field.parse(ApiSpec.KEJUE, "ContactCreate", KEJUE_REQUEST),
            Field.parse(ApiSpec.KEJUE, "Contact", KEJUE_RESPONSE),
            Field.parse(ApiSpec.RECEPTA, "ContactCreateRequest", RECEPTA_REQUEST),
            Field.parse(ApiSpec.RECEPTA, "ContactCreatedResponse", RECEPTA_RESPONSE))
        .flatMap(List::stream);
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedFieldHasItsNameTypeAndNullability() {
    return documented().map(field -> DynamicTest.dynamicTest(
        field.spec() + " " + field.schema() + "." + field.path(), () -> {
          LoadedSpec loaded = LoadedSpec.of(field.spec());
          Schema<?> schema = loaded.resolve(loaded.property(loaded.component(field.schema()), field.path()));
          assertThat(typeOf(loaded, schema)).as("type").isEqualTo(field.type());
          assertThat(Boolean.TRUE.equals(schema.getNullable())).as("nullable").isEqualTo(field.nullable());
        }));
  }

  @TestFactory
  Stream<DynamicTest> requestBodiesHoldOnlyDocumentedFields() {
    return documented().filter(f -> f.schema().endsWith("Create") || f.schema().endsWith("Request"))
        .collect(Collectors.groupingBy(f -> f.spec() + "/" + f.schema()))
        .values().stream().map(fields -> {
          Field first = fields.get(0);
          return DynamicTest.dynamicTest(first.spec() + " " + first.schema(), () -> {
            LoadedSpec loaded = LoadedSpec.of(first.spec());
            Schema<?> schema = loaded.component(first.schema());
            assertThat(schema.getProperties().keySet())
                .containsExactlyInAnyOrderElementsOf(fields.stream().map(Field::path).collect(Collectors.toList()));
            assertThat(schema.getRequired()).as("the docs mark no request field as required").isNullOrEmpty();
          });
        });
  }

  @Test
  void kejueResponseRequiresTheIdAndDefaultsIsActiveToTrue() {
    LoadedSpec kejue = LoadedSpec.of(ApiSpec.KEJUE);
    Schema<?> contact = kejue.component("Contact");

    assertThat(contact.getRequired()).containsExactly("id");
    assertThat(kejue.property(contact, "is_active").getDefault()).isEqualTo(true);
  }

  @Test
  void receptaSourceHasTheDocumentedEnumAndDefault() {
    LoadedSpec recepta = LoadedSpec.of(ApiSpec.RECEPTA);
    Schema<?> source = recepta.property(recepta.component("ContactCreateRequest"), "source");

    assertThat(source.getEnum()).map(String::valueOf).containsExactly("MANUAL", "FACEBOOK", "CSV", "API", "CALL");
    assertThat(source.getDefault()).hasToString("API");
    assertThat(recepta.property(recepta.component("Client"), "source").getEnum())
        .map(String::valueOf).containsExactly("MANUAL", "FACEBOOK", "CSV", "API", "CALL");
  }

  @Test
  void receptaRequestFieldsCarryTheDocumentedExamples() {
    LoadedSpec recepta = LoadedSpec.of(ApiSpec.RECEPTA);
    Schema<?> request = recepta.component("ContactCreateRequest");

    assertThat(recepta.property(request, "firstName").getExample()).isEqualTo("Jane");
    assertThat(recepta.property(request, "lastName").getExample()).isEqualTo("Doe");
    assertThat(recepta.property(request, "email").getExample()).isEqualTo("jane@example.com");
    assertThat(recepta.property(request, "phone").getExample()).isEqualTo("+15551234567");
    assertThat(recepta.property(request, "status").getExample()).isEqualTo("active");
    assertThat(recepta.property(request, "notes").getExample()).isEqualTo("Met at conference");
    assertThat(recepta.property(request, "company_name").getExample()).isEqualTo("Acme Corp");
    assertThat(String.valueOf(recepta.property(request, "tags").getExample())).isEqualTo("[\"lead\"]");
  }

  @Test
  void receptaResponseExampleIsTheDocumentedEnvelope() {
    LoadedSpec recepta = LoadedSpec.of(ApiSpec.RECEPTA);
    Object example = recepta.api.getPaths().get("/api/contacts").getPost().getResponses().get("201")
        .getContent().get("application/json").getExample();
    String json = io.swagger.v3.core.util.Json.pretty(example);

    assertThat(json).contains("\"success\" : true", "\"message\" : \"Client created successfully\"",
        "\"id\" : \"697929d5ebccbcca5cdaf13b\"", "\"fullName\" : \"Jane Doe\"",
        "\"referralSource\" : \"google\"", "\"createdAt\" : \"2023-11-07T05:31:56Z\"");
  }

  private static String typeOf(LoadedSpec loaded, Schema<?> schema) {
    if ("array".equals(schema.getType())) {
      return "array<" + loaded.resolve(schema.getItems()).getType() + ">";
    }
    return schema.getType();
  }

}
