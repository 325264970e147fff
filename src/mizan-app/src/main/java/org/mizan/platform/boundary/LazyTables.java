package org.mizan.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What the pages with a lazily loaded table share: going back to its first page, and the paginator's report. */
public final class LazyTables {

    private LazyTables() {
    }

    /** Back to the first page of the table with this client id: a new filter's results start at their beginning. */
    public static void firstPage(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The paginator's "1–25 of 120": PrimeFaces' own placeholders put into the translated pattern of this key. */
    public static String pageReport(String key) {
        return PageMessages.text(key, "{startRecord}", "{endRecord}", "{totalRecords}");
    }
}
