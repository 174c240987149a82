package com.baokao.account;

import java.io.Serializable;
import java.time.LocalDate;

/** What pages show of an account: never the entity, never the password hash. */
public record AccountSummary(long id, AccountRole role, String username, IdType idType, String maskedIdNumber,
                             String fullName, Sex sex, LocalDate birthDate, String maskedPhone,
                             String email) implements Serializable {

    static AccountSummary of(Account a) {
        String phone = a.getPhone();
        String maskedPhone = phone == null || phone.length() < 7 ? phone
                : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        return new AccountSummary(a.getId(), a.getRole(), a.getUsername(), a.getIdType(),
                IdDocument.mask(a.getIdNumber()), a.getFullName(), a.getSex(), a.getBirthDate(), maskedPhone,
                a.getEmail());
    }
}
