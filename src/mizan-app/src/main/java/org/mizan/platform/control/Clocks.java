package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now": beans inject {@link Clock} instead of asking the system, so that a test can fix or move
 * time, and values that are not beans take the clock as a parameter. It ticks in whole microseconds because that is
 * what PostgreSQL keeps of a timestamp: an instant written and read back is the same instant, and a record compared
 * with its stored copy does not differ in the nanoseconds.
 */
@ApplicationScoped
public class Clocks {

    private static final Clock UTC_MICROSECONDS = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    @Produces
    public Clock clock() {
        return UTC_MICROSECONDS;
    }
}
