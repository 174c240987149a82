package com.baokao.web.staff;

import com.baokao.application.ApplicationStatus;
import com.baokao.review.ReviewStatistics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Chart.js configurations (the JSON that PrimeFaces 15's {@code p:chart value} takes) for the statistics page:
 * stacked bars, one colour per status. Built with Jakarta JSON so names are escaped properly and no chart model
 * library is needed.
 */
final class StatisticsCharts {

    /** One colour per counted status, in {@link ReviewStatistics#STATUSES} order. */
    private static final List<String> COLOURS = List.of("#5b8def", "#f2994a", "#2d9cdb", "#56ccf2", "#27ae60",
            "#f2c94c", "#eb5757", "#9b51e0", "#9aa5b1");

    private StatisticsCharts() {
    }

    /** Horizontal stacked bars, one bar per place: long Chinese names read better down the side of a phone. */
    static String places(List<ReviewStatistics.PlaceRow> rows, Function<ReviewStatistics.PlaceRow, String> name,
                         Function<ApplicationStatus, String> statusLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(name.apply(r)));
        return config("y", labels, statusLabel, i -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.counts().get(i)));
            return data;
        });
    }

    /** Vertical stacked bars, one bar per day. */
    static String days(List<ReviewStatistics.DayRow> rows, Function<ApplicationStatus, String> statusLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.day().toString().substring(5)));
        return config("x", labels, statusLabel, i -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.counts().get(i)));
            return data;
        });
    }

    private static String config(String indexAxis, JsonArrayBuilder labels, Function<ApplicationStatus, String> statusLabel,
                                 IntFunction<JsonArrayBuilder> dataOfStatus) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < ReviewStatistics.STATUSES.size(); i++) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", statusLabel.apply(ReviewStatistics.STATUSES.get(i)))
                    .add("data", dataOfStatus.apply(i))
                    .add("backgroundColor", COLOURS.get(i))
                    .add("maxBarThickness", 36));
        }
        String countAxis = "x".equals(indexAxis) ? "y" : "x";
        JsonObject options = Json.createObjectBuilder()
                .add("indexAxis", indexAxis)
                .add("responsive", true)
                // the page gives each chart box its height; the width follows the screen
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add(indexAxis, Json.createObjectBuilder().add("stacked", true))
                        .add(countAxis, Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", legend()))
                .build();
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static JsonObjectBuilder legend() {
        return Json.createObjectBuilder().add("position", "bottom")
                .add("labels", Json.createObjectBuilder().add("boxWidth", 12).add("font",
                        Json.createObjectBuilder().add("size", 11)));
    }
}
