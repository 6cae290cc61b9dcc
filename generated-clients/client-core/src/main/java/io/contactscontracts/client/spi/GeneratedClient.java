package io.contactscontracts.client.spi;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.codec.Decoder;
import feign.codec.Encoder;
import java.util.List;

/**
 * What the shared client code needs from one generated client: facts of its spec and its generated JSON
 * mapping. Each client module's build generates the implementation ({@code <service>.invoker.ServiceFacts})
 * from the spec, so no hand-written code restates a header name, key prefix or URL. Users never need it.
 */
public interface GeneratedClient {

  /** The spec's first server URL, e.g. {@code https://api.example.com/api/v1}. */
  String productionBaseUrl();

  /** The header that carries the API key, as the spec's security scheme names it. */
  String keyHeader();

  /** The documented prefixes of valid keys (the security scheme's {@code x-key-prefixes}); may be empty. */
  List<String> keyPrefixes();

  /** A new object mapper configured as the generated code expects. */
  ObjectMapper newObjectMapper();

  /** The generated request encoder over {@code mapper}. */
  Encoder encoder(ObjectMapper mapper);

  /** The generated response decoder over {@code mapper}. */
  Decoder decoder(ObjectMapper mapper);
}
