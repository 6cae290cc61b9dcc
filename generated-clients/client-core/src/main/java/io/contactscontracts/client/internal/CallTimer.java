package io.contactscontracts.client.internal;

import feign.Response;
import feign.interceptor.Invocation;
import feign.interceptor.MethodInterceptor;
import io.contactscontracts.client.ContactsApiException;

/** Feign's hook around a whole call (every attempt and wait): reports its duration and outcome. */
final class CallTimer implements MethodInterceptor {
  private final CallMetrics metrics;

  CallTimer(CallMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Object intercept(Invocation invocation, Chain chain) throws Throwable {
    String operation = invocation.method().getName();
    long start = System.nanoTime();
    try {
      Object result = chain.next(invocation);
      Response response = invocation.response();
      metrics.callEnded(operation, System.nanoTime() - start, null, response == null ? -1 : response.status());
      return result;
    } catch (Throwable failure) {
      int status = failure instanceof ContactsApiException ? ((ContactsApiException) failure).status() : -1;
      metrics.callEnded(operation, System.nanoTime() - start, failure, status);
      throw failure;
    }
  }
}
