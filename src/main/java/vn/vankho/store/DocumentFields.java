package vn.vankho.store;

import java.time.LocalDate;

/** The fields of a document that reading it fills in. */
public record DocumentFields(
    long id,
    String number,
    String numberPrinted,
    String typeCode,
    String issuer,
    LocalDate issueDate,
    String place,
    String subject,
    String title) {}
