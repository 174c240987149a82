package com.baokao.account;

public enum Sex {
    MALE,
    FEMALE
}
