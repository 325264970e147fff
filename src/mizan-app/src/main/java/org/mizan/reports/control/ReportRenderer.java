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
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
     * breaks words apart; JasperReports' glyph renderer shapes the Arabic block with AWT instead (SoraniShapingTest).
     * The suffix after {@code blocks.} is required: the bare name is silently ignored.
     */
    static final String GLYPH_RENDERER_ARABIC = "net.sf.jasperreports.export.pdf.glyph.renderer.blocks.arabic";
    /** Parameter every template may declare: true for a right-to-left edition. */
    public static final String RTL = "RTL";
    /** Parameter every template may declare: the compiled {@code section.jrxml}, to print a {@link ReportSection}. */
    public static final String SECTION = "SECTION";
    static final String SECTION_TEMPLATE = "section";

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
        return export(List.of(fill(template, parameters, rows, locale, JobProgress.NONE)), Map.of());
    }

    /**
     * Fills {@code template}; {@code progress} hears the share of {@code rows} consumed so far. Every template may
     * use {@code $P{SECTION}} (the compiled {@code section.jrxml}) besides the locale, bundles and {@code RTL}.
     */
    public JasperPrint fill(String template, Map<String, ?> parameters, Collection<?> rows, Locale locale, JobProgress progress) {
        Map<String, Object> filled = new HashMap<>(parameters);
        Locale supported = Messages.supported(locale);
        filled.put(JRParameter.REPORT_LOCALE, supported);
        filled.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(Messages.BUNDLE, supported,
                ReportRenderer.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        filled.put(RTL, Messages.isRightToLeft(supported));
        filled.putIfAbsent(SECTION, template(SECTION_TEMPLATE));
        try {
            return JasperFillManager.getInstance(context).fill(template(template), filled, new CountedRows(rows, progress));
        } catch (JRException e) {
            throw new IllegalStateException("report " + template + " could not be filled", e);
        }
    }

    /**
     * One PDF of the filled reports in order (a report and its manifest page); {@code metadata} sets the
     * document's title, subject and keywords ({@code title}, {@code subject}, {@code keywords}).
     */
    public byte[] export(List<JasperPrint> prints, Map<String, String> metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataCreator("Mizan");
        configuration.setMetadataTitle(metadata.get("title"));
        configuration.setMetadataSubject(metadata.get("subject"));
        configuration.setMetadataKeywords(metadata.get("keywords"));
        // Archival: fonts embedded (reports/fonts/fonts.xml), XMP metadata and an sRGB output intent; PDF/A-3 rather than -2
        // because the issuer attaches the report's manifest as a file, which only part 3 allows (ArchivalReportsTest).
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_3B);
        configuration.setIccProfilePath(SrgbProfile.path());
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("report could not be exported", e);
        }
        return out.toByteArray();
    }

    /** The rows as a data source that tells {@code progress} how many have been consumed. */
    private static final class CountedRows extends JRBeanCollectionDataSource {
        private final int total;
        private final JobProgress progress;
        private int consumed;

        CountedRows(Collection<?> rows, JobProgress progress) {
            super(rows);
            this.total = Math.max(1, rows.size());
            this.progress = progress;
        }

        @Override
        public boolean next() {
            boolean more = super.next();
            if (more) {
                progress.at(++consumed / (double) total);
            }
            return more;
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
