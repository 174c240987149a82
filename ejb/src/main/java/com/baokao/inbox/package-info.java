/**
 * The candidate's inbox: every status change and reminder as a notice the candidate reads in the personal centre
 * (unread count, mark read), written with its e-mail twin by {@link com.baokao.inbox.CandidateNotices} in the
 * transaction of the change it reports. Delivery of the e-mail is {@code notification}'s job, a floor below.
 */
package com.baokao.inbox;
