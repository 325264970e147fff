package org.mizan.legal.boundary;

import org.mizan.legal.control.CaseLoad;

import java.io.Serializable;

/** One case on the dashboard: where its prosecution stands, and how long nothing has happened in it. */
public record AssignedCaseRow(String reference, String incident, int proceedings, String stage, String stageSeverity,
                              String quietSince, long quietDays, boolean finished, boolean stalled) implements Serializable {

    static AssignedCaseRow of(CaseLoad.AssignedCase c) {
        return new AssignedCaseRow(c.reference(), c.incident().toString(), c.proceedings(), StageText.label(c.stage()),
                StageText.severity(c.stage()), c.quietSince().toString(), c.quietDays(), c.finished(), c.stalled());
    }

    public String getReference() { return reference; }
    public String getIncident() { return incident; }
    public int getProceedings() { return proceedings; }
    public String getStage() { return stage; }
    public String getStageSeverity() { return stageSeverity; }
    public String getQuietSince() { return quietSince; }
    public long getQuietDays() { return quietDays; }
    public boolean isFinished() { return finished; }
    public boolean isStalled() { return stalled; }
}
