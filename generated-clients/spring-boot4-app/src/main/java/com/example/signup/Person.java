package com.example.signup;

/** Who signs up, as the application's own API receives it. */
public record Person(String firstName, String lastName, String email, String phone) {}
