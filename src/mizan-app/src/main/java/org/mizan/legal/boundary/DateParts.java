package org.mizan.legal.boundary;

import org.mizan.cases.control.TypedDate;
import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.InvalidInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A partial date as a form types it — year, month, day, approximate — shared by the legal event and measure forms. */
public final class DateParts implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer year;
    private Integer month;
    private Integer day;
    private boolean approximate;

    /** The date typed, or a 400 naming {@code field} when it is none. */
    PartialDate parse(String field) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        PartialDate date = TypedDate.parse(field, year, month, day, approximate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return date;
    }

    void show(PartialDate date) {
        year = date.year();
        month = date.month();
        day = date.day();
        approximate = date.approximate();
    }

    void clear() {
        year = month = day = null;
        approximate = false;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getMonth() { return month; }
    public void setMonth(Integer month) { this.month = month; }
    public Integer getDay() { return day; }
    public void setDay(Integer day) { this.day = day; }
    public boolean isApproximate() { return approximate; }
    public void setApproximate(boolean approximate) { this.approximate = approximate; }
}
