package com.example.signup;

/** The contact each service created for one person. */
public record Signup(String kejueContactId, String receptaClientId) {}
