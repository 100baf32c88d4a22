package org.yanxun.policy;

import java.util.Objects;
import org.yanxun.Post;

/**
 * What a policy requires of one exchange kind: the post its participants hold and the bounds of its
 * duration, such as research-trainers (研训员) dispatched for 1 to 180 days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param requiredPost the post every participant must hold, not null
 * @param minDays the shortest exchange, in days, both ends included
 * @param maxDays the longest exchange, in days, both ends included
 */
public record ExchangeLimits(
        Post requiredPost,
        int minDays,
        int maxDays) {

    /**
     * Creates the value; collections are copied.
     *
     * @param requiredPost the post every participant must hold, not null
     * @param minDays the shortest exchange, in days, both ends included
     * @param maxDays the longest exchange, in days, both ends included
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public ExchangeLimits {
        Objects.requireNonNull(requiredPost, "requiredPost");
    }

    /**
     * Returns a copy with a different {@code requiredPost}.
     *
     * @param value the new value; see {@link #requiredPost()}
     * @return a copy of this value with {@code requiredPost} replaced
     */
    public ExchangeLimits withRequiredPost(Post value) {
        return new ExchangeLimits(value, minDays, maxDays);
    }

    /**
     * Returns a copy with a different {@code minDays}.
     *
     * @param value the new value; see {@link #minDays()}
     * @return a copy of this value with {@code minDays} replaced
     */
    public ExchangeLimits withMinDays(int value) {
        return new ExchangeLimits(requiredPost, value, maxDays);
    }

    /**
     * Returns a copy with a different {@code maxDays}.
     *
     * @param value the new value; see {@link #maxDays()}
     * @return a copy of this value with {@code maxDays} replaced
     */
    public ExchangeLimits withMaxDays(int value) {
        return new ExchangeLimits(requiredPost, minDays, value);
    }
}
