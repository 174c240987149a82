/**
 * The waiting room in front of the signed-in candidate's path ({@code /candidate/*} and the phone API's candidate
 * operations): {@link com.baokao.web.admission.AdmissionFilter} asks {@link com.baokao.admission.WaitingRoom}
 * about every request and answers a visitor past capacity with a light waiting page (or 429 with Retry-After on
 * the API) instead of letting the server slow down for everyone; {@code /api/admission} shows the room's numbers.
 */
package com.baokao.web.admission;
