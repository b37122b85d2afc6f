//! Charts: one module per aggregate turns its table into a [`BarChart`]; [`render`] draws it
//! as PNG and SVG. All charts are horizontal bars (role and question labels are long), with
//! optional whiskers (intervals) and bars that start above zero (ranges).

pub mod category_by_family;
pub mod channel_rejection;
pub mod outcome_difficulty;
pub mod question_frequency;
pub mod rejection_rates;
pub mod rounds_by_role;
pub mod salary_spreads;
pub mod stage_funnel;
pub mod top_questions;

use crate::store::atomic;
use anyhow::{anyhow, Context, Result};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;
use std::sync::Once;

/// DejaVu Sans, embedded: plotters finds no system fonts here (see assets/DejaVuSans-LICENSE.txt).
static FONT: &[u8] = include_bytes!("../../../assets/DejaVuSans.ttf");
const FAMILY: &str = "sans-serif";
static REGISTER: Once = Once::new();

fn register_font() {
    REGISTER.call_once(|| {
        // The font is compiled in and known to be valid; a failure here would show as
        // a FontUnavailable error from the first draw, which is reported, not panicked on.
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT);
    });
}

/// One bar: from `start` to `end` on the value axis, an optional interval drawn as whiskers,
/// and the text printed after the bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub start: f64,
    pub end: f64,
    pub whisker: Option<(f64, f64)>,
    pub annotation: String,
}

#[derive(Debug, Clone)]
pub struct BarChart {
    pub title: String,
    pub x_desc: String,
    pub y_desc: String,
    pub bars: Vec<Bar>,
    /// Fixed upper end of the value axis (1.0 for rates); otherwise from the data.
    pub x_max: Option<f64>,
    pub x_format: fn(f64) -> String,
    /// Shown under the title, e.g. `top 30 of 112 roles`.
    pub subtitle: Option<String>,
    /// Counts: whole-number ticks only.
    pub integer_axis: bool,
    /// A logarithmic value axis, for values that span orders of magnitude (salaries in INR
    /// beside salaries in EUR): equal ratios get equal lengths. Values must be positive.
    pub log_axis: bool,
    /// Stacked bars: for bar i, the segments (start, end, legend index) drawn instead of one
    /// bar (empty: plain bars).
    pub stacks: Vec<Vec<(f64, f64, usize)>>,
    /// Names of the stacked segments' colours, drawn as a legend under the subtitle.
    pub legend: Vec<String>,
}

impl Default for BarChart {
    /// No bars, an axis from the data, plain bars: charts name what differs.
    fn default() -> Self {
        BarChart {
            title: String::new(),
            x_desc: String::new(),
            y_desc: String::new(),
            bars: Vec::new(),
            x_max: None,
            x_format: fmt_count,
            subtitle: None,
            integer_axis: false,
            log_axis: false,
            stacks: Vec::new(),
            legend: Vec::new(),
        }
    }
}

/// Segment colours of stacked bars, in legend order (colour-blind-safe Okabe–Ito hues).
const PALETTE: [RGBColor; 8] = [
    RGBColor(0, 158, 115),
    RGBColor(86, 180, 233),
    RGBColor(213, 94, 0),
    RGBColor(230, 159, 0),
    RGBColor(204, 121, 167),
    RGBColor(170, 170, 170),
    RGBColor(0, 114, 178),
    RGBColor(240, 228, 66),
];

/// Bars shown at most; the rest are left to the tables.
pub const MAX_BARS: usize = 30;

/// Writes `<dir>/<stem>.png` and `<dir>/<stem>.svg`, each replaced atomically.
pub fn render(chart: &BarChart, dir: &Path, stem: &str) -> Result<()> {
    register_font();
    let size = chart_size(chart);

    let png = dir.join(format!("{stem}.png"));
    let tmp_png = dir.join(format!(".{stem}.tmp-{}.png", std::process::id()));
    {
        let root = BitMapBackend::new(&tmp_png, size).into_drawing_area();
        draw(&root, chart).map_err(|e| anyhow!("drawing {stem}.png: {e}"))?;
        root.present().map_err(|e| anyhow!("writing {stem}.png: {e}"))?;
    }
    std::fs::rename(&tmp_png, &png).with_context(|| format!("replacing {}", png.display()))?;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root, chart).map_err(|e| anyhow!("drawing {stem}.svg: {e}"))?;
        root.present().map_err(|e| anyhow!("finishing {stem}.svg: {e}"))?;
    }
    atomic::write(&dir.join(format!("{stem}.svg")), svg.as_bytes())
}

/// Width of every chart, in pixels.
const WIDTH: u32 = 1200;

fn chart_size(chart: &BarChart) -> (u32, u32) {
    let rows = chart.bars.len().max(1) as u32;
    (WIDTH, (170 + 36 * rows).max(320))
}

fn label_area_width(chart: &BarChart) -> u32 {
    let longest = chart.bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(10) as u32;
    (longest * 9 + 30).clamp(140, 560)
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &BarChart,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let (title_area, plot_area) = root.split_vertically(if chart.subtitle.is_some() { 78 } else { 56 });
    title_area.draw(&Text::new(
        chart.title.clone(),
        (20, 14),
        (FAMILY, 26).into_font().color(&BLACK),
    ))?;
    if let Some(sub) = &chart.subtitle {
        title_area.draw(&Text::new(
            sub.clone(),
            (20, 48),
            (FAMILY, 16).into_font().color(&RGBColor(90, 90, 90)),
        ))?;
    }
    // The legend of stacked bars, right of the title, on up to two rows.
    let (legend_left, legend_right) = (630, WIDTH as i32 - 10);
    let (mut legend_x, mut legend_y) = (legend_left, 18);
    for (i, name) in chart.legend.iter().enumerate() {
        let width = 28 + 9 * name.chars().count() as i32;
        if legend_x + width > legend_right && legend_x > legend_left {
            (legend_x, legend_y) = (legend_left, legend_y + 26);
        }
        let colour = PALETTE[i % PALETTE.len()];
        title_area.draw(&Rectangle::new(
            [(legend_x, legend_y), (legend_x + 14, legend_y + 14)],
            colour.filled(),
        ))?;
        title_area.draw(&Text::new(
            name.to_string(),
            (legend_x + 18, legend_y - 1),
            (FAMILY, 15).into_font().color(&BLACK),
        ))?;
        legend_x += width;
    }
    if chart.bars.is_empty() {
        plot_area.draw(&Text::new(
            "No data to chart",
            (40, 60),
            (FAMILY, 20).into_font().color(&BLACK),
        ))?;
        return Ok(());
    }

    let n = chart.bars.len() as i32;
    // On a log axis the bars are drawn in log10 units; the tick labels undo it.
    let scale = |x: f64| if chart.log_axis { x.max(1e-9).log10() } else { x };
    let data_max = chart
        .bars
        .iter()
        .map(|b| scale(b.whisker.map_or(b.end, |w| w.1.max(b.end))))
        .fold(f64::MIN, f64::max)
        .max(0.0);
    let x_min = if chart.log_axis {
        let low = chart.bars.iter().map(|b| scale(b.start)).fold(f64::MAX, f64::min);
        (low * 2.0).floor() / 2.0 // a half decade below the lowest value
    } else {
        0.0
    };
    let mut x_max = chart
        .x_max
        .unwrap_or(if data_max > 0.0 { data_max * 1.18 } else { 1.0 });
    if chart.log_axis {
        x_max = x_min + (data_max - x_min).max(0.5) * 1.25;
    }
    if chart.integer_axis {
        x_max = (data_max * 1.25).ceil().max(2.0);
    }
    // Whole-number axes get one tick per unit up to 10, else about 10 ticks.
    let x_ticks = if chart.integer_axis {
        (x_max as usize + 1).min(11)
    } else {
        11
    };
    let x_format = chart.x_format;
    let log_axis = chart.log_axis;
    let tick_label = move |x: &f64| {
        if log_axis {
            x_format(10f64.powf(*x))
        } else {
            x_format(*x)
        }
    };

    // Rows are numbered from the top: bar i occupies y in [n-1-i, n-i).
    let mut cc = ChartBuilder::on(&plot_area)
        .margin_left(10)
        .margin_right(40)
        .margin_bottom(10)
        .x_label_area_size(60)
        .y_label_area_size(label_area_width(chart))
        .build_cartesian_2d(x_min..x_max, 0f64..n as f64)?;
    cc.configure_mesh()
        .disable_y_mesh()
        .light_line_style(RGBColor(238, 238, 238))
        .y_labels(0)
        .x_labels(x_ticks)
        .x_label_formatter(&tick_label)
        .x_desc(chart.x_desc.clone())
        .y_desc(chart.y_desc.clone())
        .label_style((FAMILY, 16))
        .axis_desc_style((FAMILY, 18))
        .draw()?;

    let bar_color = RGBColor(66, 120, 181);
    let label_style = TextStyle::from((FAMILY, 16).into_font())
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (i, bar) in chart.bars.iter().enumerate() {
        let y = (n - 1 - i as i32) as f64;
        let center = y + 0.5;
        match chart.stacks.get(i).filter(|s| !s.is_empty()) {
            Some(segments) => {
                for &(from, to, colour) in segments {
                    let (from, to) = (scale(from), scale(to));
                    cc.draw_series(std::iter::once(Rectangle::new(
                        [(from, y + 0.18), (to, y + 0.82)],
                        PALETTE[colour % PALETTE.len()].filled(),
                    )))?;
                }
            }
            None => {
                // A single amount (min = max) still shows as a short bar.
                let start = scale(bar.start).max(x_min);
                let end = scale(bar.end).max(start + (x_max - x_min) * 0.004);
                cc.draw_series(std::iter::once(Rectangle::new(
                    [(start, y + 0.18), (end, y + 0.82)],
                    bar_color.filled(),
                )))?;
            }
        }
        if let Some((lo, hi)) = bar.whisker {
            let (lo, hi) = (scale(lo), scale(hi));
            let black = BLACK.stroke_width(2);
            cc.draw_series(std::iter::once(PathElement::new(
                vec![(lo, center), (hi, center)],
                black,
            )))?;
            for x in [lo, hi] {
                cc.draw_series(std::iter::once(
                    EmptyElement::at((x, center)) + PathElement::new(vec![(0, -8), (0, 8)], black),
                ))?;
            }
        }
        let text_x = scale(bar.whisker.map_or(bar.end, |w| w.1.max(bar.end)));
        cc.draw_series(std::iter::once(
            EmptyElement::at((text_x, center))
                + Text::new(bar.annotation.clone(), (8, -9), (FAMILY, 16).into_font().color(&BLACK)),
        ))?;
        // Row labels go left of the axis, outside the clipped plotting area.
        let (px, py) = cc.backend_coord(&(x_min, center));
        root.draw(&Text::new(bar.label.clone(), (px - 10, py), label_style.clone()))?;
    }
    Ok(())
}

/// The [`MAX_BARS`] bars with the largest sample (ties by label), largest first.
pub fn largest_samples(mut bars: Vec<(i64, Bar)>) -> Vec<Bar> {
    bars.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.label.cmp(&b.1.label)));
    bars.truncate(MAX_BARS);
    bars.into_iter().map(|(_, b)| b).collect()
}

/// `12 roles …` or `Top 30 of 112 roles …` when the chart shows only the first `shown`.
pub fn subtitle(total: usize, shown: usize, what: &str) -> String {
    if total > shown {
        format!("Top {shown} of {total} {what}")
    } else {
        format!("{total} {what}")
    }
}

/// `Backbase · Customer Success Manager`, shortened to fit the label area.
pub fn bar_label(parts: &[&str], max_chars: usize) -> String {
    crate::normalize::text::excerpt(&parts.join(" · "), max_chars)
}

pub fn fmt_count(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x:.1}")
    }
}

pub fn fmt_rate(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// `62500` → `62.5k`, `1200000` → `1.2M`.
pub fn fmt_money(x: f64) -> String {
    let a = x.abs();
    if a >= 1e6 {
        format!("{:.1}M", x / 1e6)
    } else if a >= 1e3 {
        let k = x / 1e3;
        if (k - k.round()).abs() < 0.05 {
            format!("{:.0}k", k)
        } else {
            format!("{:.1}k", k)
        }
    } else {
        format!("{x:.0}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(fmt_money(62500.0), "62.5k");
        assert_eq!(fmt_money(40000.0), "40k");
        assert_eq!(fmt_money(1_200_000.0), "1.2M");
        assert_eq!(fmt_rate(0.342), "34%");
        assert_eq!(fmt_count(3.0), "3");
        assert_eq!(fmt_count(2.5), "2.5");
    }

    #[test]
    fn renders_png_and_svg_with_text() {
        let dir = tempfile::tempdir().unwrap();
        let chart = BarChart {
            title: "Test chart".into(),
            x_desc: "Value".into(),
            y_desc: "Role".into(),
            bars: vec![Bar {
                label: "Backbase · Dev".into(),
                start: 0.0,
                end: 3.0,
                whisker: Some((2.0, 4.0)),
                annotation: "3".into(),
            }],
            x_format: fmt_count,
            subtitle: Some("sub".into()),
            ..BarChart::default()
        };
        render(&chart, dir.path(), "t").unwrap();
        let png = std::fs::read(dir.path().join("t.png")).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let svg = std::fs::read_to_string(dir.path().join("t.svg")).unwrap();
        assert!(svg.contains("Test chart") && svg.contains("Backbase · Dev"), "{svg}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.contains("tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
