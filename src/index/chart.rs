//! A hand-written SVG line chart of the index per country, alerts marked.

use std::fmt::Write as _;

use super::aggregate::WORLD;
use super::date::Date;
use super::series::{IndexReport, Series};

/// Tableau 10: distinct, colour-blind-friendly hues.
const PALETTE: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#e15759",
    "#bab0ac",
];

/// What [`svg_chart`] draws.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// The countries with the most articles to draw (default 6).
    pub top: usize,
    /// Also draw the `WORLD` series, dashed (default true).
    pub world: bool,
    /// Width in pixels (default 1100).
    pub width: u32,
    /// Height in pixels (default 560).
    pub height: u32,
    /// Label this many of the strongest alerts on the chart (default 8); all
    /// alerts are marked and carry a tooltip.
    pub alert_labels: usize,
    /// The title (default: what the index measures).
    pub title: Option<String>,
    /// Rank countries by articles at or above the level instead of by all
    /// articles (default false).
    pub rank_by_flagged: bool,
    /// Draw these series (ids such as `IRN`), in this order, instead of
    /// the top ones (default empty: the top ones).
    pub series: Vec<String>,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            top: 6,
            world: true,
            width: 1100,
            height: 560,
            alert_labels: 8,
            title: None,
            rank_by_flagged: false,
            series: Vec::new(),
        }
    }
}

impl ChartOptions {
    /// The default options, drawing the `top` countries.
    pub fn with_top(mut self, top: usize) -> Self {
        self.top = top;
        self
    }
}

/// Draws the index of the `WORLD` series and the countries with the most
/// articles (or those of [`ChartOptions::series`]) as an SVG line chart: one line per series (dotted
/// across periods in which the corpus has no article), a labelled y axis (index, base = 100), date ticks on the x
/// axis, the base period shaded, a legend, and the alerts of the drawn
/// series as red rings (the strongest labelled, all with tooltips).
///
/// Series without an index (no article at or above the level in the base
/// period) are skipped. An empty report gives a chart that says so.
pub fn svg_chart(report: &IndexReport, options: &ChartOptions) -> String {
    let (w, h) = (f64::from(options.width.max(400)), f64::from(options.height.max(300)));
    let (left, right, top, bottom) = (70.0, 230.0, 56.0, 64.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Helvetica, Arial, sans-serif" font-size="12">
<rect width="{w}" height="{h}" fill="#ffffff"/>
"##
    );
    let title = options.title.clone().unwrap_or_else(|| {
        format!(
            "georisk index by {}: share of articles rated {} or above (base period = 100)",
            report.period, report.level
        )
    });
    let _ =
        writeln!(svg, r#"<text x="{left}" y="24" font-size="16" font-weight="bold">{}</text>"#, esc(&title));
    let _ = writeln!(
        svg,
        r##"<text x="{left}" y="42" fill="#555555">{} articles counted, {} undated, {} duplicates collapsed, {} alerts</text>"##,
        report.stats.counted,
        report.stats.undated,
        report.stats.duplicates,
        report.alerts.len()
    );

    let mut chosen: Vec<&Series> = Vec::new();
    if options.world {
        chosen.extend(report.series.iter().filter(|s| s.id == WORLD && has_index(s)));
    }
    if options.series.is_empty() {
        let mut ranked: Vec<&Series> =
            report.series.iter().filter(|s| s.id != WORLD && has_index(s)).collect();
        if options.rank_by_flagged {
            ranked.sort_by(|a, b| b.flagged.cmp(&a.flagged).then(b.articles.cmp(&a.articles)));
        }
        chosen.extend(ranked.into_iter().take(options.top));
    } else {
        chosen.extend(
            options
                .series
                .iter()
                .filter(|id| *id != WORLD)
                .filter_map(|id| report.series(id))
                .filter(|s| has_index(s)),
        );
    }
    let (Some(first), Some(last)) = (report.periods.first(), report.periods.last()) else {
        let _ = writeln!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="middle" font-size="14" fill="#555555">no dated articles</text>"##,
            w / 2.0,
            h / 2.0
        );
        svg.push_str("</svg>\n");
        return svg;
    };
    let (x0, x1) =
        (first.start.days() as f64, (last.start.days() as f64).max(first.start.days() as f64 + 1.0));
    let x = |d: Date| left + (d.days() as f64 - x0) / (x1 - x0) * pw;
    let ymax = chosen.iter().flat_map(|s| s.points.iter().filter_map(|p| p.index)).fold(100.0f64, f64::max);
    let (step, ytop) = nice_ticks(ymax * 1.05);
    let y = |v: f64| top + ph - v / ytop * ph;

    // Base period shading (when not the whole span).
    if report.periods.iter().any(|p| !p.base) {
        let base: Vec<Date> = report.periods.iter().filter(|p| p.base).map(|p| p.start).collect();
        if let (Some(a), Some(b)) = (base.first(), base.last()) {
            let (xa, xb) = (x(*a), x(*b).max(x(*a) + 2.0));
            let _ = writeln!(
                svg,
                r##"<rect x="{xa:.1}" y="{top}" width="{:.1}" height="{ph}" fill="#eeeeee"/><text x="{:.1}" y="{:.1}" fill="#888888" font-size="10">base</text>"##,
                xb - xa,
                xa + 3.0,
                top + 12.0
            );
        }
    }
    // Grid and y axis.
    let mut v = 0.0;
    while v <= ytop + step / 2.0 {
        let yy = y(v);
        let colour = if (v - 100.0).abs() < 1e-9 { "#999999" } else { "#e5e5e5" };
        let _ = writeln!(
            svg,
            r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="{colour}"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#333333">{}</text>"##,
            left + pw,
            left - 6.0,
            yy + 4.0,
            fmt_tick(v)
        );
        v += step;
    }
    let _ = writeln!(
        svg,
        r##"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle" fill="#333333">risk index (base period mean = 100)</text>"##,
        top + ph / 2.0
    );
    // x axis and date ticks.
    let _ = writeln!(
        svg,
        r##"<line x1="{left}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333333"/><line x1="{left}" y1="{top}" x2="{left}" y2="{:.1}" stroke="#333333"/>"##,
        top + ph,
        left + pw,
        top + ph,
        top + ph
    );
    for (date, label) in date_ticks(first.start, last.start) {
        let xx = x(date);
        let _ = writeln!(
            svg,
            r##"<line x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{:.1}" stroke="#333333"/><text x="{xx:.1}" y="{:.1}" text-anchor="middle" fill="#333333">{label}</text>"##,
            top + ph,
            top + ph + 5.0,
            top + ph + 19.0
        );
    }
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#333333">{} (start date)</text>"##,
        left + pw / 2.0,
        h - 14.0,
        report.period
    );

    // Lines, broken where the corpus has no period.
    let keys: Vec<i64> = report.periods.iter().map(|p| report.period.key(p.start)).collect();
    let mut colour_of = Vec::new();
    let mut next_colour = 0;
    for s in &chosen {
        let (colour, dash, width) = if s.id == WORLD {
            ("#333333", r#" stroke-dasharray="6 4""#, 2.0)
        } else {
            next_colour += 1;
            (PALETTE[(next_colour - 1) % PALETTE.len()], "", 2.0)
        };
        colour_of.push((s.id.as_str(), colour));
        let mut d = String::new();
        // Dotted bridges over periods without any article in the corpus.
        let mut gaps = String::new();
        let mut prev: Option<(i64, f64, f64)> = None;
        for (p, key) in s.points.iter().zip(&keys) {
            let Some(v) = p.index else {
                prev = None;
                continue;
            };
            let (px, py) = (x(p.start), y(v));
            match prev {
                Some((k, _, _)) if key - k == 1 => {
                    let _ = write!(d, "L{px:.1},{py:.1} ");
                }
                Some((_, qx, qy)) => {
                    let _ = write!(gaps, "M{qx:.1},{qy:.1} L{px:.1},{py:.1} ");
                    let _ = write!(d, "M{px:.1},{py:.1} ");
                }
                None => {
                    let _ = write!(d, "M{px:.1},{py:.1} ");
                }
            }
            prev = Some((*key, px, py));
        }
        if !gaps.is_empty() {
            let _ = writeln!(
                svg,
                r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="1.2" stroke-dasharray="1 4" stroke-linecap="round" opacity="0.8"/>"#,
                gaps.trim_end()
            );
        }
        let _ = writeln!(
            svg,
            r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="{width}"{dash} stroke-linejoin="round"/>"#,
            d.trim_end()
        );
        for p in &s.points {
            if let Some(v) = p.index {
                let _ = writeln!(
                    svg,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="{colour}"><title>{} {}: index {:.0}, {} of {} articles flagged</title></circle>"#,
                    x(p.start),
                    y(v),
                    esc(&s.id),
                    p.period,
                    v,
                    p.flagged,
                    p.count
                );
            }
        }
    }
    // Alerts of the drawn series.
    let mut labelled = 0;
    let mut placed: Vec<(f64, f64)> = Vec::new();
    for alert in &report.alerts {
        let Some(&(_, colour)) = colour_of.iter().find(|(id, _)| *id == alert.series) else { continue };
        let Some(v) = alert.index else { continue };
        let (cx, cy) = (x(alert.start), y(v));
        let articles: Vec<&str> = alert.top_articles.iter().map(|a| a.id.as_str()).collect();
        let terms: Vec<&str> = alert.drivers.terms.iter().map(|(t, _)| t.as_str()).collect();
        let _ = writeln!(
            svg,
            r##"<circle class="alert" cx="{cx:.1}" cy="{cy:.1}" r="7" fill="none" stroke="#d62728" stroke-width="2.5"><title>ALERT {} {}: {}; {} of {} articles flagged; drivers: {}; articles: {}</title></circle><circle cx="{cx:.1}" cy="{cy:.1}" r="3.5" fill="{colour}"/>"##,
            esc(&alert.series),
            alert.period,
            esc(&alert.reason),
            alert.flagged,
            alert.count,
            esc(&terms.join(", ")),
            esc(&articles.join(", "))
        );
        if labelled < options.alert_labels {
            labelled += 1;
            // Stack labels that would overlap one already placed.
            let mut ly = (cy - 11.0).max(top + 8.0);
            while placed.iter().any(|(px, py): &(f64, f64)| (px - cx).abs() < 60.0 && (py - ly).abs() < 11.0)
            {
                ly -= 12.0;
            }
            placed.push((cx, ly));
            let _ = writeln!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#d62728" text-anchor="middle">{} z{:.1}</text>"##,
                cx,
                ly,
                esc(&alert.series),
                alert.z.unwrap_or(0.0)
            );
        }
    }
    // Legend.
    let lx = left + pw + 20.0;
    let mut ly = top + 6.0;
    let _ = writeln!(svg, r#"<text x="{lx:.1}" y="{ly:.1}" font-weight="bold">series (articles)</text>"#);
    for s in &chosen {
        ly += 20.0;
        let colour = colour_of.iter().find(|(id, _)| *id == s.id).map_or("#333333", |c| c.1);
        let dash = if s.id == WORLD { r#" stroke-dasharray="6 4""# } else { "" };
        let name: String = s.name.chars().take(22).collect();
        let _ = writeln!(
            svg,
            r#"<line x1="{lx:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}" stroke-width="3"{dash}/><text x="{:.1}" y="{ly:.1}">{} {} ({})</text>"#,
            ly - 4.0,
            lx + 24.0,
            ly - 4.0,
            lx + 30.0,
            if s.id == WORLD { String::new() } else { esc(&s.id) },
            esc(&name),
            s.articles
        );
    }
    ly += 26.0;
    let _ = writeln!(
        svg,
        r##"<circle cx="{:.1}" cy="{:.1}" r="7" fill="none" stroke="#d62728" stroke-width="2.5"/><text x="{:.1}" y="{ly:.1}">alert (z ≥ {})</text>"##,
        lx + 12.0,
        ly - 4.0,
        lx + 30.0,
        report.analysis.z_threshold
    );
    svg.push_str("</svg>\n");
    svg
}

fn has_index(s: &Series) -> bool {
    s.points.iter().any(|p| p.index.is_some())
}

/// A step of 1, 2 or 5 × 10ⁿ giving about 6 ticks, and the top tick.
fn nice_ticks(max: f64) -> (f64, f64) {
    let max = if max.is_finite() && max > 0.0 { max } else { 100.0 };
    let raw = max / 6.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    (step, (max / step).ceil() * step)
}

fn fmt_tick(v: f64) -> String {
    if v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// Month starts (thinned to at most 12 labels) within the span, years for
/// spans over four years, weeks or days for spans under two months.
fn date_ticks(first: Date, last: Date) -> Vec<(Date, String)> {
    const NAMES: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let months =
        (last.year() - first.year()) as i64 * 12 + i64::from(last.month()) - i64::from(first.month());
    let mut ticks = Vec::new();
    let span = last.days() - first.days();
    if months < 2 {
        // Short spans: a tick a week (a day under two weeks).
        let step = if span > 14 { 7 } else { 1 };
        let mut d = first.days();
        while d <= last.days() {
            if let Some(date) = Date::from_days(d) {
                ticks.push((
                    date,
                    format!("{} {} {}", date.day(), NAMES[date.month() as usize - 1], date.year()),
                ));
            }
            d += step;
        }
    } else if months > 48 {
        for year in first.year() + 1..=last.year() {
            if let Some(d) = Date::from_ymd(year, 1, 1) {
                ticks.push((d, year.to_string()));
            }
        }
    } else {
        let every = (months / 12 + 1).max(1);
        let mut key = i64::from(first.year()) * 12 + i64::from(first.month()); // the month after `first`
        let end = i64::from(last.year()) * 12 + i64::from(last.month()) - 1;
        while key <= end {
            if key % every == 0 {
                if let Some(d) = Date::from_ymd((key / 12) as i32, (key % 12) as u32 + 1, 1) {
                    ticks.push((d, format!("{} {}", NAMES[(key % 12) as usize], key / 12)));
                }
            }
            key += 1;
        }
    }
    if ticks.is_empty() {
        ticks.push((first, first.to_string()));
    }
    ticks
}

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
