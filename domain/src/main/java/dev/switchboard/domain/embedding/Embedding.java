package dev.switchboard.domain.embedding;

import java.util.Arrays;

/** One vector, at the position of its input. The array is copied in and out, so the record stays immutable. */
public record Embedding(int index, float[] vector) {

    public Embedding {
        if (index < 0) throw new IllegalArgumentException("embedding index must not be negative");
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimensions() {
        return vector.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && index == that.index && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[index=" + index + ", dimensions=" + vector.length + "]";
    }
}
