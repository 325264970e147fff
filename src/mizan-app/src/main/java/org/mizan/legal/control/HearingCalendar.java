package org.mizan.legal.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.mizan.platform.control.Messages;

import java.time.Duration;
import java.util.List;

/**
 * Writes a lawyer's hearings as an iCalendar (RFC 5545) feed for phone calendars. ical4j builds the
 * model and escapes the text values; {@link ContentLines} folds by octets. Events carry only what a
 * {@link FeedHearing} has: never outcome notes, contacts or names.
 */
public final class HearingCalendar {

    /** Hearings have no end time in Mizan; two hours blocks the morning without claiming to know more. */
    static final Duration DEFAULT_LENGTH = Duration.ofHours(2);
    /** How often subscribers should poll: fresh enough for a moved hearing, light enough for the server. */
    static final Duration REFRESH = Duration.ofHours(1);
    static final String PRODUCT = "-//Mizan//Hearings 1.0//EN";

    private HearingCalendar() {
    }

    /** The feed, in the labels' language; folded, CRLF line ends. */
    public static String render(List<FeedHearing> hearings, Messages labels) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String name = labels.get("calendar.name");
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        // The older spelling of REFRESH-INTERVAL (RFC 7986), still the one several clients read.
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        hearings.forEach(hearing -> calendar.add(event(hearing, labels)));
        if (!hearings.isEmpty()) {
            // RFC 5545's grammar wants at least one component, so an empty feed fails validation; calendar
            // apps take an empty feed in their stride, and an invented placeholder event would be worse.
            check(calendar);
        }
        return ContentLines.fold(calendar.toString());
    }

    /** The UID a calendar keeps for a hearing across fetches, so a moved hearing moves instead of doubling. */
    public static String uid(long hearingId) {
        return "hearing-" + hearingId + "@mizan";
    }

    private static VEvent event(FeedHearing hearing, Messages labels) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(hearing.id())));
        // DTSTAMP and LAST-MODIFIED from the record, not the clock: an unchanged hearing reads the same on every fetch.
        event.add(new DtStamp(hearing.updatedAt()));
        event.add(new LastModified(hearing.updatedAt()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, hearing.version())));
        event.add(new DtStart<>(hearing.startsAt()));
        event.add(new net.fortuna.ical4j.model.property.Duration(DEFAULT_LENGTH));
        String purpose = hearing.purpose() == null || hearing.purpose().isBlank() ? labels.get("calendar.hearing") : hearing.purpose();
        event.add(new Summary(labels.get("calendar.summary", hearing.caseReference(), purpose)));
        event.add(new Location(hearing.court()));
        event.add(new Description(labels.get("calendar.description", hearing.caseReference())));
        // A hint for calendars shared with others (a chambers' calendar): show the time as busy, not the details.
        event.add(ImmutableClazz.PRIVATE);
        return event;
    }

    private static void check(Calendar calendar) {
        try {
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("Invalid hearing calendar: " + result);
            }
        } catch (ValidationException e) {
            throw new IllegalStateException("Invalid hearing calendar", e);
        }
    }
}
