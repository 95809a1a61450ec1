package se.kansli.messaging;

import java.util.List;

/**
 * A conversation with its messages, oldest first. In the resident's view internal notes are not
 * there at all: the service leaves them out, so no template or client can show them by mistake.
 */
public record ThreadView(ConversationView conversation, List<MessageView> messages) {}
