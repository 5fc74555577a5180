package dev.switchboard.domain.embedding;

import java.util.List;

/** What to embed: texts, or texts already split into token ids. */
public sealed interface EmbeddingInput {

    /** How many vectors the input asks for. */
    int size();

    /** One or more texts; none may be empty. */
    record Texts(List<String> texts) implements EmbeddingInput {
        public Texts {
            texts = List.copyOf(texts);
            if (texts.isEmpty()) throw new IllegalArgumentException("input must not be empty");
            if (texts.size() > 2048) throw new IllegalArgumentException("input takes at most 2048 items");
            if (texts.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("input must not contain empty strings");
            }
        }

        @Override
        public int size() {
            return texts.size();
        }
    }

    /** One or more token arrays; none may be empty. */
    record Tokens(List<List<Integer>> tokens) implements EmbeddingInput {
        public Tokens {
            tokens = tokens.stream().map(List::copyOf).toList();
            if (tokens.isEmpty()) throw new IllegalArgumentException("input must not be empty");
            if (tokens.size() > 2048) throw new IllegalArgumentException("input takes at most 2048 items");
            if (tokens.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("input must not contain empty token arrays");
            }
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}
