//! The URL as a projection of the view: serialise the state's view, parse it back on load.
//!
//! `?level=wijk&in=GM0518&area=WK051829&view=x,y,m&min=50`: the level drawn, the area whose
//! parts are shown, the selected area, the camera (projected metres and metres a pixel) and the
//! disclosure threshold; `year`, `groups` and `lens` choose the figures, `mode` what the map
//! colours, `since` the year the change mode compares with. Unknown or malformed parts are
//! ignored, never fatal.

use crate::camera::Camera;
use crate::data_view::{DataView, GroupSet};
use crate::mode::MapMode;
use crate::text::Lang;
use atlas_core::bundle::PartKind;
use atlas_core::model::{AreaCode, Lens, Level};
use atlas_core::typology::{ThresholdKey, Thresholds};

/// The view a URL describes, by area code (ids exist only once data is loaded).
#[derive(Clone, Debug, PartialEq)]
pub struct UrlView {
    pub level: Option<Level>,
    pub within: Option<String>,
    pub area: Option<String>,
    pub camera: Option<Camera>,
    pub threshold: Option<u32>,
    /// What the map colours.
    pub mode: MapMode,
    /// Typology thresholds that differ from their defaults.
    pub thresholds: Vec<(ThresholdKey, f64)>,
    /// Year, groups and lens, when they differ from the default.
    pub view: Option<DataView>,
    /// The year the change mode compares with.
    pub since: Option<u16>,
    /// The view showed a table of the user's own (`eigen=1`), which is never stored: a reload
    /// says so.
    pub own_table: bool,
    /// The step of the story shown (0-based; `verhaal=1` is the first).
    pub story: Option<usize>,
    /// Presentation mode: large type, high contrast (`presentatie=1`).
    pub presentation: bool,
    /// Areas being compared (`vergelijk=GM0518,GM0363`).
    pub compare: Vec<String>,
    /// The gemeente whose worksheet is shown (`werkblad=GM0518`).
    pub worksheet: Option<String>,
    /// Shown inside another site's page (`embed=1`), with its options.
    pub embed: Option<Embed>,
    /// The language, when the link sets it (`lang=en`); else the browser's.
    pub lang: Option<Lang>,
}

/// How an embedded map shows (`embed=1&legenda=0&paneel=1&host=https://example.org`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub legend: bool,
    pub panel: bool,
    /// The host page's origin: the only one whose messages are taken and that hears back.
    pub host: Option<String>,
}

impl Default for Embed {
    fn default() -> Self {
        Embed { legend: true, panel: false, host: None }
    }
}

impl Default for UrlView {
    fn default() -> Self {
        UrlView {
            level: None,
            within: None,
            area: None,
            camera: None,
            threshold: None,
            mode: MapMode::Diversity,
            thresholds: Vec::new(),
            view: None,
            since: None,
            own_table: false,
            story: None,
            presentation: false,
            compare: Vec::new(),
            worksheet: None,
            embed: None,
            lang: None,
        }
    }
}

/// Parses a query string (with or without the leading `?`).
pub fn parse_query(query: &str) -> UrlView {
    let mut view = UrlView::default();
    let (mut year, mut groups, mut lens) = (None, None, None);
    let (mut embed, mut legend, mut panel, mut host): (Option<Embed>, bool, bool, Option<String>) =
        (None, true, false, None);
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "level" => view.level = Level::from_key(value).filter(|l| *l != Level::Land),
            "in" => view.within = code(value),
            "area" => view.area = code(value),
            "view" => view.camera = camera(value),
            "min" => view.threshold = value.parse().ok(),
            "mode" => view.mode = MapMode::from_key(value).unwrap_or(MapMode::Diversity),
            "lang" => view.lang = Lang::from_code(value),
            "t" => view.thresholds = thresholds(value),
            "year" => year = value.parse::<u16>().ok(),
            "groups" => groups = GroupSet::from_key(value),
            "lens" => lens = Lens::from_key(value),
            "since" => view.since = value.parse::<u16>().ok(),
            "eigen" => view.own_table = value == "1",
            "presentatie" => view.presentation = value == "1",
            "vergelijk" => view.compare = value.split(',').filter_map(code).take(MAX_COMPARED).collect(),
            "werkblad" => view.worksheet = code(value),
            "embed" => embed = (value == "1").then(Embed::default),
            "legenda" => legend = value != "0",
            "paneel" => panel = value == "1",
            "host" => host = origin(value),
            "verhaal" => {
                view.story =
                    value.parse::<usize>().ok().filter(|&n| (1..=crate::story::STEPS).contains(&n)).map(|n| n - 1)
            }
            _ => {}
        }
    }
    view.embed = embed.map(|_| Embed { legend, panel, host });
    if year.is_some() || groups.is_some() || lens.is_some() {
        view.view = Some(DataView {
            year: year.unwrap_or(DEFAULT_YEAR),
            groups: groups.unwrap_or(GroupSet::Kwb),
            lens: lens.unwrap_or(Lens::All),
        });
    }
    view
}

/// How many areas can be compared at once.
pub const MAX_COMPARED: usize = 4;

/// The year a URL means when it names none: the bundle's count year.
pub const DEFAULT_YEAR: u16 = 2022;

/// Writes a query string (starting with `?`); empty parts are left out.
pub fn to_query(view: &UrlView) -> String {
    let mut parts = Vec::new();
    if let Some(level) = view.level {
        parts.push(format!("level={}", level.key()));
    }
    if let Some(within) = &view.within {
        parts.push(format!("in={within}"));
    }
    if let Some(area) = &view.area {
        parts.push(format!("area={area}"));
    }
    if let Some(c) = view.camera {
        parts.push(format!("view={:.0},{:.0},{:.2}", c.centre[0], c.centre[1], c.metres_per_pixel));
    }
    if let Some(min) = view.threshold {
        parts.push(format!("min={min}"));
    }
    if view.mode != MapMode::Diversity {
        parts.push(format!("mode={}", view.mode.key()));
    }
    if let Some(v) = view.view {
        parts.push(format!("year={}", v.year));
        if v.groups != GroupSet::Kwb {
            parts.push(format!("groups={}", v.groups.key()));
        }
        if v.lens != Lens::All {
            parts.push(format!("lens={}", v.lens.key()));
        }
    }
    if let Some(since) = view.since {
        parts.push(format!("since={since}"));
    }
    if view.own_table {
        parts.push("eigen=1".into());
    }
    if let Some(step) = view.story {
        parts.push(format!("verhaal={}", step + 1));
    }
    if view.presentation {
        parts.push("presentatie=1".into());
    }
    if !view.compare.is_empty() {
        parts.push(format!("vergelijk={}", view.compare.join(",")));
    }
    if let Some(worksheet) = &view.worksheet {
        parts.push(format!("werkblad={worksheet}"));
    }
    if let Some(embed) = &view.embed {
        parts.push("embed=1".into());
        if !embed.legend {
            parts.push("legenda=0".into());
        }
        if embed.panel {
            parts.push("paneel=1".into());
        }
        if let Some(host) = &embed.host {
            parts.push(format!("host={host}"));
        }
    }
    if let Some(lang) = view.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    if !view.thresholds.is_empty() {
        let pairs: Vec<String> = view.thresholds.iter().map(|(k, v)| format!("{}:{}", k.spec().url_key, v)).collect();
        parts.push(format!("t={}", pairs.join(",")));
    }
    format!("?{}", parts.join("&"))
}

/// The further parts of the bundle a URL's view needs before it can be shown: the shapes of
/// the levels it draws or names, and the further tables for another year, finer groups or the
/// modes that compare tables. Everything else loads after the first map.
pub fn needed_parts(view: &UrlView) -> Vec<PartKind> {
    let code_level = |code: &Option<String>| code.as_deref().and_then(|c| AreaCode::parse(c).ok()).map(|c| c.level());
    // The level drawn, the scope's level and its parts' level, the selected area's level.
    let within = code_level(&view.within);
    // A worksheet shows its gemeente's wijken.
    let worksheet = view.worksheet.as_ref().map(|_| Level::Wijk);
    let shown = [view.level, within, within.and_then(Level::child), code_level(&view.area), worksheet];
    let mut parts: Vec<PartKind> =
        [Level::Wijk, Level::Buurt].into_iter().filter(|l| shown.contains(&Some(*l))).map(PartKind::Layer).collect();
    // Compared wijken and buurten need their rows (not their shapes).
    let compared_below = view.compare.iter().any(|c| code_level(&Some(c.clone())).is_some_and(|l| l > Level::Gemeente));
    if !parts.is_empty() || compared_below {
        // The layers' shapes refer to the rows below the gemeenten.
        parts.insert(0, PartKind::Rows);
    }
    let other_table = view.view.is_some_and(|v| v.year != DEFAULT_YEAR || v.groups != GroupSet::Kwb);
    if other_table || matches!(view.mode, MapMode::LensGap | MapMode::Change) {
        parts.push(PartKind::Datasets);
    }
    // A link to a story step alone (`?verhaal=2`) shows that step's view.
    if let Some(step) = view.story.filter(|_| view.level.is_none() && view.within.is_none() && view.area.is_none()) {
        let step_view = UrlView { story: None, ..crate::story::step_view(step, DEFAULT_YEAR) };
        for part in needed_parts(&step_view) {
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    parts
}

fn thresholds(value: &str) -> Vec<(ThresholdKey, f64)> {
    value
        .split(',')
        .filter_map(|pair| {
            let (key, number) = pair.split_once(':')?;
            Some((Thresholds::from_url_key(key)?, number.parse::<f64>().ok().filter(|v| v.is_finite())?))
        })
        .collect()
}

/// A web origin as a host page gives it (`https://example.org`, `http://127.0.0.1:8080`),
/// percent-encoded or not; anything else is no origin.
fn origin(value: &str) -> Option<String> {
    let decoded = value.replace("%3A", ":").replace("%3a", ":").replace("%2F", "/").replace("%2f", "/");
    let rest = decoded.strip_prefix("https://").or_else(|| decoded.strip_prefix("http://"))?;
    let ok = !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
    ok.then_some(decoded)
}

fn code(value: &str) -> Option<String> {
    let ok = !value.is_empty() && value.len() <= 10 && value.bytes().all(|b| b.is_ascii_alphanumeric());
    ok.then(|| value.to_ascii_uppercase())
}

fn camera(value: &str) -> Option<Camera> {
    let numbers: Vec<f64> = value.split(',').map(|v| v.parse().ok()).collect::<Option<_>>()?;
    match numbers[..] {
        [x, y, m] if x.is_finite() && y.is_finite() && m.is_finite() && m > 0.0 => {
            Some(Camera { centre: [x, y], metres_per_pixel: m })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_round_trips() {
        let view = UrlView {
            level: Some(Level::Wijk),
            within: Some("GM9999".into()),
            area: Some("WK999901".into()),
            camera: Some(Camera { centre: [-1200.0, 4500.0], metres_per_pixel: 12.5 }),
            threshold: Some(100),
            mode: MapMode::Typology,
            thresholds: vec![(ThresholdKey::HomogeneousMinDutch, 0.85)],
            view: Some(DataView { year: 2022, groups: GroupSet::Finest, lens: Lens::WesternSplit }),
            since: Some(2017),
            own_table: true,
            story: Some(2),
            presentation: true,
            compare: vec!["GM9999".into(), "WK999901".into()],
            worksheet: Some("GM9999".into()),
            embed: Some(Embed { legend: false, panel: true, host: Some("https://example.org".into()) }),
            lang: Some(Lang::En),
        };
        let query = to_query(&view);
        assert_eq!(
            query,
            "?level=wijk&in=GM9999&area=WK999901&view=-1200,4500,12.50&min=100&mode=typologie&year=2022&groups=fijn&lens=westers&since=2017&eigen=1&verhaal=3&presentatie=1&vergelijk=GM9999,WK999901&werkblad=GM9999&embed=1&legenda=0&paneel=1&host=https://example.org&lang=en&t=homogeneous-dutch:0.85"
        );
        assert_eq!(parse_query(&query), view);
        assert_eq!(parse_query("?verhaal=0").story, None, "steps count from 1");
        assert_eq!(parse_query("?verhaal=99").story, None, "no such step");
        let host = |q: &str| parse_query(q).embed.and_then(|e| e.host);
        assert_eq!(host("?embed=1&host=http%3A%2F%2F127.0.0.1%3A8080"), Some("http://127.0.0.1:8080".into()));
        assert_eq!(host("?embed=1&host=javascript:alert(1)"), None, "only web origins");
        assert_eq!(host("?embed=1&host=https://evil.org/path"), None, "an origin has no path");
        assert_eq!(parse_query("?legenda=0").embed, None, "options without embed=1 are nothing");
    }

    #[test]
    fn a_view_waits_only_for_the_parts_it_shows() {
        let parts = |q: &str| needed_parts(&parse_query(q));
        assert_eq!(parts(""), vec![]);
        assert_eq!(parts("?level=gemeente&area=GM0518&mode=typologie"), vec![]);
        let rows = PartKind::Rows;
        assert_eq!(parts("?level=wijk&in=GM0518"), vec![rows, PartKind::Layer(Level::Wijk)]);
        assert_eq!(parts("?area=WK051829"), vec![rows, PartKind::Layer(Level::Wijk)]);
        let buurt = vec![rows, PartKind::Layer(Level::Wijk), PartKind::Layer(Level::Buurt)];
        assert_eq!(parts("?level=buurt&in=WK051829"), buurt);
        assert_eq!(parts("?in=WK051829"), buurt, "a wijk's parts are buurten");
        assert_eq!(parts("?level=buurt"), vec![rows, PartKind::Layer(Level::Buurt)], "no wijk shapes needed");
        assert_eq!(parts("?area=BU05182762"), vec![rows, PartKind::Layer(Level::Buurt)]);
        assert_eq!(parts("?year=2017"), vec![PartKind::Datasets]);
        assert_eq!(parts("?vergelijk=GM0518,WK051829"), vec![rows], "a compared wijk needs its row only");
        assert_eq!(parts("?vergelijk=GM0518,GM0363"), vec![]);
        assert_eq!(parts("?werkblad=GM0518"), vec![rows, PartKind::Layer(Level::Wijk)]);
        assert_eq!(parts("?verhaal=1"), vec![PartKind::Datasets], "step 1 shows the 18 groups");
        assert_eq!(parts("?verhaal=5"), vec![rows, PartKind::Layer(Level::Wijk)], "step 5 shows Den Haag's wijken");
        assert_eq!(parts("?groups=fijn"), vec![PartKind::Datasets]);
        assert_eq!(parts("?lens=westers"), vec![], "the lenses fold the KWB table");
        assert_eq!(parts("?mode=lensverschil"), vec![PartKind::Datasets]);
    }

    #[test]
    fn junk_is_ignored() {
        let view = parse_query("?level=planet&in=<script>&view=1,2&min=abc&x=1&t=nope:1,homogeneous-dutch:x");
        assert_eq!(view, UrlView::default());
        assert_eq!(parse_query(""), UrlView::default());
    }
}
