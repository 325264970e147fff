package org.mizan.demo.boundary;

import org.mizan.security.control.CurrentUser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.demo.control.DemoDataLoader;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;

/** The admin page that loads the demo data set into an empty database. */
@Named
@RequestScoped
public class DemoDataView {

    @Inject
    DemoDataLoader loader;
    @Inject
    CurrentUser currentUser;

    private Integer created;

    public void load() {
        try {
            created = loader.loadDemo(currentUser.actor());
            PageMessages.info("demo.loaded", created);
        } catch (Conflict e) {
            PageMessages.show(e);
        }
    }

    /** How many cases the last press created; null before, or when it was refused. */
    public Integer getCreated() {
        return created;
    }
}
