package com.example.signup;

import io.contactscontracts.client.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /signups}: 201 with both contacts' ids, or 400 with what the service refused. */
@RestController
class SignupController {

  private final SignupService signups;

  SignupController(SignupService signups) {
    this.signups = signups;
  }

  @PostMapping("/signups")
  @ResponseStatus(HttpStatus.CREATED)
  Signup signUp(@RequestBody Person person) {
    return signups.signUp(person);
  }

  /** The service's own validation message reaches the caller, who can correct the input. */
  @ExceptionHandler(ValidationException.class)
  ProblemDetail refused(ValidationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
