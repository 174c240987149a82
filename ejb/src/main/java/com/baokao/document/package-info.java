/**
 * Baokao's official documents as PDFs: the registration form, the fee receipt, the admission ticket with its QR
 * code, the room's sign-in sheet. Each takes plain data records and renders them in one house style
 * ({@link com.baokao.document.PdfStyle}) with embedded fonts that cover rare characters; the same data gives the
 * same bytes, so a reprint is identical. Knows no feature: callers gather the data.
 */
package com.baokao.document;
