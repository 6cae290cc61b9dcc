package io.contactscontracts.mock.junit;

import io.contactscontracts.mock.ContactsMockServer;
import io.contactscontracts.mock.MockService;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} or {@code URI} test parameter that {@link ContactsMockExtension} fills with a
 * service's base URL: {@code void test(@MockBaseUrl(MockService.KEJUE) String kejueUrl)}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface MockBaseUrl {
  MockService value();
}
