package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.mizan.platform.control.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns a template of {@code reports/} and Java beans into a PDF. Generic: it knows nothing of cases, so the
 * dossier, the periodic report and the WGEID submission share it. Each {@code .jrxml} is compiled once and
 * kept; a compiled template is immutable and may be filled by many requests at once.
 * <p>
 * Every fill gets the reader's locale, the message bundles as {@code $R{…}} and {@code RTL} (Arabic, Kurdish),
 * which the templates use to hang their lines from the right.
 */
@ApplicationScoped
public class ReportRenderer {

    /**
     * Kurdish Sorani letters (ێ ڵ ە ڕ ۆ) have no Unicode presentation forms, so PDF text shaping through them
     * breaks words apart; JasperReports' glyph renderer shapes the Arabic block with AWT instead (STACK-NOTES).
     * The suffix after {@code blocks.} is required: the bare name is silently ignored.
     */
    static final String GLYPH_RENDERER_ARABIC = "net.sf.jasperreports.export.pdf.glyph.renderer.blocks.arabic";
    /** Parameter every template may declare: true for a right-to-left edition. */
    public static final String RTL = "RTL";

    private final SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportRenderer() {
        this(true);
    }

    /** {@code shapeWithGlyphs} false only for the test that proves the Sorani check can fail. */
    ReportRenderer(boolean shapeWithGlyphs) {
        if (shapeWithGlyphs) {
            context.setProperty(GLYPH_RENDERER_ARABIC, "arabic");
        }
    }

    /** The compiled template {@code reports/<name>.jrxml}, for example to pass as a subreport parameter. */
    public JasperReport template(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    /**
     * The PDF of {@code template} filled with one detail row per element of {@code rows} (JavaBeans: a field
     * {@code $F{title}} reads {@code getTitle()}).
     */
    public byte[] pdf(String template, Map<String, ?> parameters, Collection<?> rows, Locale locale) {
        Map<String, Object> filled = new HashMap<>(parameters);
        Locale supported = Messages.supported(locale);
        filled.put(JRParameter.REPORT_LOCALE, supported);
        filled.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(Messages.BUNDLE, supported,
                ReportRenderer.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        filled.put(RTL, Messages.isRightToLeft(supported));
        try {
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(template), filled, new JRBeanCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("report " + template + " could not be rendered", e);
        }
    }

    private JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + path);
            }
            return JasperCompileManager.getInstance(context).compile(in);
        } catch (IOException | JRException e) {
            // A template that does not compile is a defect of the build, not of the request.
            throw new IllegalStateException("template " + path + " does not compile", e);
        }
    }
}
