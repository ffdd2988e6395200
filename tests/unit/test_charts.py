"""The SVG charts: numbers in, escaped markup out, axes that count in whole numbers."""

from __future__ import annotations

from types import SimpleNamespace as Row

import pytest

from textsupport.charts import bars, consort, lines, svg


@pytest.mark.parametrize(
    ("value", "top"), [(0, 1), (1, 1), (2, 2), (3, 5), (7, 10), (11, 20), (480, 500), (501, 1000)]
)
def test_an_axis_ends_at_one_two_or_five_times_a_power_of_ten(value, top):
    assert svg.nice_top(value) == top


def test_text_is_escaped_and_the_chart_names_itself_for_screen_readers():
    chart = bars.grouped("t", "Texts <per> week", ["<script>"], [("a&b", [3])])

    assert "<script>" not in chart
    assert "&lt;script&gt;" in chart and "a&amp;b" in chart
    assert 'role="img"' in chart and '<title id="t-title">Texts &lt;per&gt; week</title>' in chart


def test_bars_scale_to_the_largest_value_and_an_empty_chart_says_so():
    chart = bars.grouped("t", "T", ["w1", "w2"], [("sent", [5, 0])])

    assert f'height="{bars.PLOT_HEIGHT:g}"' in chart  # 5 of an axis to 5 fills the plot
    assert "Nothing yet." in bars.grouped("t", "T", [], [("sent", [])])


def test_a_line_chart_draws_its_target_dashed():
    chart = lines.running("r", "R", ["w1", "w2"], [("randomised", [1, 3])], target=10)

    assert "target 10" in chart and 'stroke-dasharray="6 4"' in chart
    assert chart.count("<polyline") == 1
    assert "<circle" not in chart  # a line of two weeks needs no dots


def test_a_line_chart_of_one_week_shows_a_dot_per_series():
    """A polyline of one point draws nothing: a trial in its first week looked empty."""
    chart = lines.running("r", "R", ["w1"], [("enrolled", [9]), ("randomised", [8])])

    assert chart.count("<circle") == 2


def count(total, by_arm=None):
    return Row(total=total, by_arm=by_arm)


def test_the_consort_diagram_has_a_column_per_arm_only_when_given_arms():
    arms = {"PEER": 1, "TAU": 2}
    boxes = {
        name: count(3, None if name in ("enrolled", "eligible", "consented") else arms)
        for name in ("enrolled", "eligible", "consented", "randomised", "started", "opted_out")
        + ("withdrawn", "lost", "completed")
    }
    follow_up = [Row(kind="week_6", due=count(3, arms), done=count(2, arms))]
    split = consort.diagram(Row(boxes=boxes, follow_up=follow_up, arms=True))
    pooled = consort.diagram(
        Row(boxes={n: count(c.total) for n, c in boxes.items()}, follow_up=follow_up, arms=False)
    )

    assert "PEER (n=1)" in split and "TAU (n=2)" in split
    assert "week 6: 2 / 3" in pooled and "week_6" not in pooled  # named as the table beside names it
    assert "PEER" not in pooled and "All arms (n=3)" in pooled


def test_horizontal_bars_scale_to_the_longest_and_cut_long_labels():
    from textsupport.charts import bars

    chart = str(
        bars.horizontal(
            "roles",
            "Roles <served>",
            [("Promoting hope", 4), ("x" * 60, 2), ("None", 0)],
            [0, 1, 2],
            ["A", "B", "C"],
        )
    )
    assert '<title id="roles-title">Roles &lt;served&gt;</title>' in chart
    assert 'width="300" height="14" fill="#0072b2"' in chart  # the longest row fills the span
    assert (
        'width="150" height="14" fill="#d55e00"' in chart and 'width="0" height="14" fill="#009e73"' in chart
    )
    assert "x" * 43 + "\u2026" in chart and "x" * 44 not in chart
    assert ">A</text>" in chart and ">C</text>" in chart  # the legend names the colours
