package org.mizan.cases.control;

import java.util.List;

/** One page of a longer result. */
public record ResultPage<T>(long total, int page, int size, List<T> items) {
}
