/**
 * The exam catalogue: sessions with their calendar and rules, levels, specialties, subjects, regions,
 * review points, sites and rooms, notices. Times are Asia/Shanghai; windows include their start and
 * exclude their end.
 */
package com.baokao.catalogue;
