package io.contactscontracts.bench;

import feign.Client;
import feign.http2client.Http2Client;
import feign.okhttp.OkHttpClient;

/** The Feign transports a generated client can run on; each benchmark fork builds one, with its defaults. */
public enum FeignTransport {
  /** {@code feign.Client.Default}: the JDK's HttpURLConnection, HTTP/1.1 with keep-alive. */
  URL_CONNECTION {
    @Override
    Client newClient() {
      return new Client.Default(null, null);
    }
  },
  /** feign-java11's {@code Http2Client}: the JDK's java.net.http.HttpClient as Feign configures it. */
  JAVA11_HTTP2 {
    @Override
    Client newClient() {
      return new Http2Client();
    }
  },
  /** feign-okhttp's {@code OkHttpClient} (OkHttp 4 with its default connection pool). */
  OKHTTP {
    @Override
    Client newClient() {
      return new OkHttpClient();
    }
  };

  abstract Client newClient();
}
