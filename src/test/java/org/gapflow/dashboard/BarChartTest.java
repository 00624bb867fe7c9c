package org.gapflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void writesAChartJsBarConfiguration() {
        String json = BarChart.of(List.of("Sales", "Warehouse"))
                .dataset("Committed", List.of(new BigDecimal("2000.00"), 0), BarChart.BLUE)
                .stacked().toJson();
        assertThat(json).startsWith("{\"type\":\"bar\",\"data\":{\"labels\":[\"Sales\",\"Warehouse\"],"
                + "\"datasets\":[{\"label\":\"Committed\",\"data\":[2000.00,0],\"backgroundColor\":\"#0b5cad\"}]}");
        assertThat(json).contains("\"x\":{\"stacked\":true}").doesNotContain("indexAxis");
        assertThat(BarChart.of(List.of()).horizontal().toJson()).contains("\"indexAxis\":\"y\"");
    }

    @Test
    void aLabelCanNeverEndTheScriptItIsWrittenInto() {
        String json = BarChart.of(List.of("</script><script>alert(1)</script>", "Q&A \"quoted\" \\ line\nbreak"))
                .dataset("x", List.of(1, 2), BarChart.RED).toJson();
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e")
                .contains("Q\\u0026A \\\"quoted\\\" \\\\ line\\nbreak");
    }

    @Test
    void missingFiguresAreNull() {
        assertThat(BarChart.of(List.of("a")).dataset("x", java.util.Arrays.asList((Number) null), BarChart.RED).toJson())
                .contains("\"data\":[null]");
        assertThat(BarChart.number(Double.NaN)).isEqualTo("null");
    }
}
