package com.baokao.profile;

/** 执业类别 of health professionals; anything but NONE needs the first registration date (seed 003). */
public enum PracticeCategory {
    NONE,
    CLINICAL,
    TRADITIONAL_CHINESE,
    DENTAL,
    PUBLIC_HEALTH,
    NURSING,
    PHARMACY
}
