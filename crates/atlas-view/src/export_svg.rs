//! The map as an SVG to take away: the current view as vector paths (one per colour, from
//! the core's path walker, in projected metres under the camera's transform), "no data"
//! hatched, with title, legend, source and date. Pure: text in, text out.

use crate::atlas::Atlas;
use crate::camera::Camera;
use crate::legend_entries::LegendEntry;
use crate::markup::escaped;
use crate::palette;
use crate::scene::{Fill, Scene};
use atlas_core::geometry::{walk_shape, SvgPathSink};
use std::collections::BTreeMap;
use std::fmt::Write;

/// What goes around the map (shared with the PNG export).
pub struct Frame<'a> {
    pub title: &'a str,
    pub legend_heading: &'a str,
    pub legend: &'a [LegendEntry],
    pub source: &'a str,
}

/// Room above the map for the title and below it for the source, in CSS pixels.
pub const HEADER: f64 = 44.0;
pub const FOOTER: f64 = 40.0;

/// The SVG document of the view.
pub fn map_svg(atlas: &Atlas, scene: &Scene, camera: &Camera, size: [f64; 2], frame: &Frame) -> String {
    let [w, h] = size;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{}\" viewBox=\"0 0 {w} {}\" font-family=\"system-ui, sans-serif\">\n",
        h + HEADER + FOOTER,
        h + HEADER + FOOTER
    );
    svg.push_str("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">");
    let _ = write!(svg, "<rect width=\"6\" height=\"6\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"1.5\"/></pattern>", palette::NO_DATA, palette::NO_DATA_HATCH);
    // The same hatch for the map, whose paths are in metres: 6 screen pixels wide there too.
    let m = camera.metres_per_pixel;
    let _ = write!(
        svg,
        "<pattern id=\"hatch-map\" width=\"{}\" height=\"{}\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"{}\" height=\"{}\" fill=\"{}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/></pattern>",
        6.0 * m, 6.0 * m, 6.0 * m, 6.0 * m, palette::NO_DATA, 6.0 * m, palette::NO_DATA_HATCH, 1.5 * m
    );
    let _ = writeln!(
        svg,
        "<clipPath id=\"map\"><rect x=\"0\" y=\"{HEADER}\" width=\"{w}\" height=\"{h}\"/></clipPath></defs>"
    );
    let _ = writeln!(svg, "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    let _ = writeln!(
        svg,
        "<text x=\"12\" y=\"30\" font-size=\"20\" font-weight=\"700\" fill=\"#1b1b1b\">{}</text>",
        escaped(frame.title)
    );
    let k = 1.0 / camera.metres_per_pixel;
    let (e, f) = (w / 2.0 - k * camera.centre[0], HEADER + h / 2.0 + k * camera.centre[1]);
    let _ = writeln!(svg, "<g clip-path=\"url(#map)\"><g transform=\"matrix({k} 0 0 {} {e} {f})\">", -k);
    for (colour, data) in paths(atlas, scene, camera) {
        let fill = if colour == palette::NO_DATA { "url(#hatch-map)".to_string() } else { colour.to_string() };
        let _ = writeln!(
            svg,
            "<path fill=\"{fill}\" fill-rule=\"evenodd\" stroke=\"{}\" stroke-width=\"0.6\" vector-effect=\"non-scaling-stroke\" d=\"{data}\"/>",
            palette::BORDER
        );
    }
    svg.push_str("</g></g>\n");
    legend(&mut svg, frame, [12.0, HEADER + 12.0]);
    let _ = writeln!(
        svg,
        "<text x=\"12\" y=\"{}\" font-size=\"12\" fill=\"#444444\">{}</text>",
        HEADER + h + 24.0,
        escaped(frame.source)
    );
    svg.push_str("</svg>\n");
    svg
}

/// The scene's areas as path data per fill colour, at the level of detail the view needs.
fn paths(atlas: &Atlas, scene: &Scene, camera: &Camera) -> BTreeMap<&'static str, String> {
    let Some(layer) = atlas.layer(scene.level) else { return BTreeMap::new() };
    let lod = layer.lod_index(camera.metres_per_pixel, 2.0);
    let shapes = &layer.shapes.lods[lod].shapes;
    let mut sinks: BTreeMap<&'static str, SvgPathSink> = BTreeMap::new();
    for &(shape, fill) in &scene.fills {
        walk_shape(&shapes[shape], sinks.entry(palette::fill_colour(fill)).or_default());
    }
    sinks
        .into_iter()
        .filter(|(_, sink)| !sink.is_empty())
        .map(|(colour, sink)| (colour, sink.data().to_string()))
        .collect()
}

fn legend(svg: &mut String, frame: &Frame, [x, y]: [f64; 2]) {
    const LINE: f64 = 16.0;
    let width = 8.0 * frame.legend.iter().map(|e| e.label.chars().count()).max().unwrap_or(10) as f64 + 40.0;
    let height = LINE * (frame.legend.len() as f64 + 1.0) + 12.0;
    let _ = writeln!(svg, "<g font-size=\"12\"><rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{height}\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#cccccc\"/>", width.max(150.0));
    let _ = writeln!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-weight=\"700\" fill=\"#1b1b1b\">{}</text>",
        x + 8.0,
        y + 16.0,
        escaped(frame.legend_heading)
    );
    for (i, entry) in frame.legend.iter().enumerate() {
        let top = y + 8.0 + LINE * (i as f64 + 1.0);
        let fill = if entry.fill == Fill::NoData { "url(#hatch)" } else { entry.colour };
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"11\" fill=\"{fill}\" stroke=\"#777777\"/><text x=\"{}\" y=\"{}\" fill=\"#1b1b1b\">{}</text>",
            x + 8.0,
            top + 2.0,
            x + 28.0,
            top + 12.0,
            escaped(&entry.label)
        );
    }
    svg.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legend_entries::legend_entries;
    use crate::mode::MapMode;
    use crate::scene::MapInput;
    use atlas_core::fixtures::fictional_bundle;
    use atlas_core::measures::DisclosureThreshold;
    use atlas_core::model::Level;
    use std::rc::Rc;

    #[test]
    fn the_view_as_paths_per_colour_with_its_frame() {
        let atlas = Rc::new(Atlas::new(fictional_bundle(), DisclosureThreshold::default()));
        let scene = crate::scene::scene_of(&MapInput::diversity(Rc::clone(&atlas), Level::Gemeente, None)).unwrap();
        let bounds = atlas.bounds(atlas.country.unwrap()).unwrap();
        let camera = Camera::fit(&bounds, [600.0, 400.0], 24.0, 0.0);
        let (heading, legend) = legend_entries(MapMode::Diversity, 2017, 2022);
        let frame =
            Frame { title: "Index <Fictie & co>", legend_heading: &heading, legend: &legend, source: "Bron: fictief" };
        let svg = map_svg(&atlas, &scene, &camera, [600.0, 400.0], &frame);
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"484\""),
            "{}",
            &svg[..120]
        );
        assert!(svg.contains(">Index &lt;Fictie &amp; co&gt;</text>"), "the title escaped");
        // Fictiestad (0.48) and Nepdorp (0.34) are in different classes: two coloured paths.
        let map_paths = svg.matches("<path fill=").count();
        assert_eq!(map_paths, 2, "{svg}");
        assert_eq!(svg.matches("<rect x=").count(), 1 + legend.len() + 1, "clip, legend box and a swatch per entry");
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
