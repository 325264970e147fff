package org.mizan.demo.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A weighted random choice among a fixed list, for the synthetic data; items keep the order they were added in. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    Weighted<T> add(T item, double weight) {
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + item);
        }
        total += weight;
        items.add(item);
        cumulative.add(total);
        return this;
    }

    T pick(Random random) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            if (point < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    /** One of the items, each as likely as the other. */
    static <T> T any(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** True with the given probability. */
    static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }
}
