package com.baokao.notification;

/** One message to one recipient. */
public record OutgoingMessage(Channel channel, String recipient, String subject, String body) {

    public enum Channel {
        EMAIL,
        SMS
    }

    public static OutgoingMessage email(String recipient, String subject, String body) {
        return new OutgoingMessage(Channel.EMAIL, recipient, subject, body);
    }
}
