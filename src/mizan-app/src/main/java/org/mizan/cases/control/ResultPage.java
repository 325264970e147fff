package org.mizan.cases.control;

import java.util.List;

/**
 * One page of a longer result. {@code totalExact} is false when {@code total} is a lower bound: a
 * search too broad to count in full (a single common given name), shown as "1,000+".
 */
public record ResultPage<T>(long total, boolean totalExact, int page, int size, List<T> items) {
}
