package com.baokao.account;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a candidate enters on the registration page. Sex and date of birth are only read for a passport;
 * for a resident ID they follow from the number.
 */
public record RegistrationForm(boolean agreementAccepted, String name, IdType idType, String idNumber, Sex sex,
                               LocalDate birthDate, String phone, String email, String password,
                               String passwordRepeat) implements Serializable {
}
