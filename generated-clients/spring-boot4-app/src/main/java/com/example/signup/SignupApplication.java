package com.example.signup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Signs people up as contacts in Kejue and Recepta; the clients come from contacts-spring-boot-starter. */
@SpringBootApplication
public class SignupApplication {

  public static void main(String[] args) {
    SpringApplication.run(SignupApplication.class, args);
  }
}
