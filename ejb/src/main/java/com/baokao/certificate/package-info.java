/**
 * Certificates after a passed exam (issue 17, seed 002 "证书领取方式"): who may receive one
 * ({@link com.baokao.certificate.CertificateEligibility}, one pure rule), the candidate's choice of self pick-up at
 * the site or postal delivery cash on delivery with a checked mainland address
 * ({@link com.baokao.certificate.MainlandAddress}), changeable until the administrator closes the choice; the
 * certificate numbers, issued once per passed candidate in the session's format
 * ({@link com.baokao.certificate.CertificateNumberFormat}) under the session's counter row lock and unique keys, never
 * reused; the courier's postal list and the tracking numbers back; pick-up recorded at the desk.
 */
package com.baokao.certificate;
