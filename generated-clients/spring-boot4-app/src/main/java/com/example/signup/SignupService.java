package com.example.signup;

import io.contactscontracts.kejue.KejueClient;
import io.contactscontracts.kejue.model.ContactCreate;
import io.contactscontracts.recepta.ReceptaClient;
import io.contactscontracts.recepta.model.ContactCreateRequest;
import org.springframework.stereotype.Service;

/** Creates the person as a contact in Kejue, then in Recepta (not in Recepta when Kejue refuses it). */
@Service
public class SignupService {

  private final KejueClient kejue;
  private final ReceptaClient recepta;

  public SignupService(KejueClient kejue, ReceptaClient recepta) {
    this.kejue = kejue;
    this.recepta = recepta;
  }

  public Signup signUp(Person person) {
    String kejueId = kejue.contacts().createContact(new ContactCreate()
            .firstName(person.firstName()).lastName(person.lastName()).email(person.email())
            .phone(person.phone()))
        .getId();
    String receptaId = recepta.contacts().createContact(new ContactCreateRequest()
            .firstName(person.firstName()).lastName(person.lastName()).email(person.email())
            .phone(person.phone()))
        .getData().getClient().getId();
    return new Signup(kejueId, receptaId);
  }
}
