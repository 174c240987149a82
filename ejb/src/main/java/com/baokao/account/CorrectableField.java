package com.baokao.account;

/** The account fields a candidate cannot change, which an administrator may correct on presented proof. */
public enum CorrectableField {
    NAME,
    ID_NUMBER,
    PHONE,
    EMAIL
}
