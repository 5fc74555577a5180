package dev.switchboard.adapters.providers.bedrock;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

/**
 * Collects content blocks into alternating turns: blocks of the same role as the turn before join it, tool results
 * first (Converse wants a user turn's tool results before its text), empty turns are dropped, and a user turn of
 * {@code "."} goes first when the assistant would. Serves one request on one thread.
 */
final class BedrockTurns {

    private final List<ConversationRole> roles = new ArrayList<>();
    private final List<List<ContentBlock>> turns = new ArrayList<>();

    void add(ConversationRole role, List<ContentBlock> blocks) {
        if (blocks.isEmpty()) return;
        if (roles.isEmpty() || roles.getLast() != role) {
            roles.add(role);
            turns.add(new ArrayList<>());
        }
        List<ContentBlock> turn = turns.getLast();
        for (ContentBlock block : blocks) {
            if (block.toolResult() != null) {
                int firstOther = 0;
                while (firstOther < turn.size() && turn.get(firstOther).toolResult() != null) firstOther++;
                turn.add(firstOther, block);
            } else {
                turn.add(block);
            }
        }
    }

    List<Message> finish() {
        var messages = new ArrayList<Message>(turns.size() + 1);
        if (!roles.isEmpty() && roles.getFirst() == ConversationRole.ASSISTANT) {
            messages.add(Message.builder()
                    .role(ConversationRole.USER)
                    .content(ContentBlock.fromText("."))
                    .build());
        }
        for (int i = 0; i < turns.size(); i++) {
            messages.add(
                    Message.builder().role(roles.get(i)).content(turns.get(i)).build());
        }
        return messages;
    }
}
