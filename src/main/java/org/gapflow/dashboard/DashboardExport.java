package org.gapflow.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gapflow.web.CurrentUser;
import org.gapflow.web.LocaleChoice;

/**
 * GET /app/hr/export?report=gaps-by-team: one of the dashboard's tables as a CSV download. web.xml lets
 * only HR reach /app/hr/*, and the figure services check the role again.
 */
@WebServlet("/app/hr/export")
public class DashboardExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    DashboardGate gate;
    @Inject
    DashboardCsv csv;
    @Inject
    LocaleChoice localeChoice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!gate.allows(currentUser.actor())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<DashboardReport> report = DashboardReport.byCode(request.getParameter("report"));
        if (report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = localeChoice.chosen().orElseGet(() -> supported(request.getLocale()));
        // no fallback to the server's own locale: English is the base bundle
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        List<ResourceBundle> texts = List.of(ResourceBundle.getBundle("org.gapflow.web.dashboard", locale, control),
                ResourceBundle.getBundle("org.gapflow.web.cases", locale, control));
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gapflow-" + report.get().code() + "-"
                + LocalDate.now() + ".csv\"");
        Writer out = response.getWriter();
        out.write(CsvTable.BYTE_ORDER_MARK);
        csv.write(currentUser.actor(), report.get(), texts, out);
    }

    private static Locale supported(Locale requested) {
        return LocaleChoice.SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
    }
}
