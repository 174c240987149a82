package com.baokao.web.staff;

import com.baokao.score.ResultFigures;
import com.baokao.score.ScoreResults;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations for staff/results.xhtml (the JSON PrimeFaces 15's {@code p:chart value} takes), built with
 * Jakarta JSON like {@link StatisticsCharts}: pass rate per exam site (horizontal bars) and each subject's scores in
 * 10-point bands (one bar series per subject).
 */
final class ResultsCharts {

    private static final List<String> COLOURS = List.of("#5b8def", "#f2994a", "#27ae60", "#9b51e0", "#eb5757",
            "#2d9cdb", "#f2c94c", "#9aa5b1");

    private ResultsCharts() {
    }

    /** Pass rate in percent per site, 0–100 on the value axis. */
    static String passRates(List<ScoreResults.Line> sites, Function<ScoreResults.Line, String> name, String seriesLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (ScoreResults.Line site : sites) {
            labels.add(name.apply(site));
            if (site.passRate() == null) {
                data.addNull();
            } else {
                data.add(site.passRate());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", seriesLabel).add("data", data).add("backgroundColor", COLOURS.get(2))
                .add("maxBarThickness", 36));
        return config("y", labels, datasets, Json.createObjectBuilder().add("beginAtZero", true).add("max", 100));
    }

    /** Scores per band, one series per subject. */
    static String distribution(List<ScoreResults.Distribution> subjects, int bands) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int b = 0; b < bands; b++) {
            labels.add(ResultFigures.bandLabel(b));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < subjects.size(); i++) {
            ScoreResults.Distribution d = subjects.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            d.counts().forEach(data::add);
            datasets.add(Json.createObjectBuilder().add("label", d.subjectCode() + " " + d.subjectName())
                    .add("data", data).add("backgroundColor", COLOURS.get(i % COLOURS.size())).add("maxBarThickness", 28));
        }
        return config("x", labels, datasets, Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0)));
    }

    private static String config(String indexAxis, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                 JsonObjectBuilder valueAxis) {
        String valueAxisName = "x".equals(indexAxis) ? "y" : "x";
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", indexAxis)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add(valueAxisName, valueAxis))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("position", "bottom")
                                .add("labels", Json.createObjectBuilder().add("boxWidth", 12)))))
                .build().toString();
    }
}
