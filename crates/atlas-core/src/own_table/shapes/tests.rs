use super::*;
use crate::fixtures::fictional_bundle;
use crate::formats::{rd_to_lon_lat, ShapeFileKind};
use crate::own_table::preview_with_shapes;

/// Two fictional wijken of a fictional gemeente GM9990 the map does not know, side by side.
const TABLE: &str = "code;naam;inwoners;Nederland;Polen;Syrië\n\
                     WK999001;Oeverwijk;300;200;60;40\n\
                     WK999002;Heuvelwijk;200;150;30;20\n";

fn square(code: &str, name: &str, west: f64) -> String {
    let (e, s, n) = (west + 0.1, 52.0, 52.1);
    format!(
        r#"{{"type":"Feature","properties":{{"nr":7,"wijkcode":"{code}","omschrijving":"{name}"}},
        "geometry":{{"type":"Polygon","coordinates":[[[{west},{s}],[{e},{s}],[{e},{n}],[{west},{n}],[{west},{s}]]]}}}}"#
    )
}

fn collection(features: &[String]) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
}

fn choice(bytes: &[u8]) -> ShapeChoice<'_> {
    ShapeChoice { bytes, file: "wijken.geojson", code: None, name: None, year: 2022 }
}

#[test]
fn own_wijken_with_their_shapes_become_the_map_with_their_gemeente_summed() {
    let map = fictional_bundle().table;
    let shapes = collection(&[square("WK999001", "Oever", 5.6), square("WK999002", "Heuvel", 5.7)]);
    let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(shapes.as_bytes()))).unwrap();
    let own = preview.shapes.as_ref().unwrap();
    assert_eq!((own.code.as_str(), own.name.as_deref()), ("wijkcode", Some("omschrijving")), "guessed");
    assert_eq!((own.kind.clone(), own.from_rd, own.shapes, own.drawn), (ShapeFileKind::GeoJson, false, 2, 2));
    let codes: Vec<String> = preview.table.areas().map(|(_, a)| a.code.to_string()).collect();
    assert_eq!(codes, ["NL00", "GM9990", "WK999001", "WK999002"], "the frame: the areas and their parents");
    let wijken = preview.levels.iter().find(|l| l.level == Level::Wijk).unwrap();
    assert_eq!((wijken.in_file, wijken.on_map, wijken.map_areas), (2, 2, 2));
    assert_eq!(preview.unknown, 0);
    let gm = preview.table.find_str("GM9990").unwrap();
    assert_eq!(preview.table.residents(gm), Some(500), "the gemeente summed from its wijken");
    assert_eq!(preview.table.area(gm).name, "GM9990", "no name anywhere: the code");
    let oever = preview.table.find_str("WK999001").unwrap();
    assert_eq!(preview.table.area(oever).name, "Oeverwijk", "the table's name before the shape's");
    assert_eq!(own.layers.len(), 1);
    let layer = &own.layers[0];
    assert_eq!(layer.level, Level::Wijk);
    assert_eq!(layer.lods.len(), tolerances(Level::Wijk).len());
    let areas: Vec<AreaId> = layer.lods[0].shapes.iter().map(|s| s.area).collect();
    assert_eq!(areas, [oever, oever + 1]);
    assert!(layer.check(preview.table.len()).is_ok());
}

#[test]
fn an_rd_file_draws_where_the_lon_lat_file_does() {
    let map = fictional_bundle().table;
    let lon_lat = collection(&[square("WK999001", "Oever", 5.6)]);
    // About the same square in RD (its corners (5.6, 52.0) and (5.7, 52.1) in RD, rounded;
    // an RD rectangle is not a lon/lat one, so the corners agree within a few hundred metres).
    let (x0, y0, x1, y1) = (169_613.0, 445_757.0, 176_432.0, 456_908.0);
    let rd = format!(
        r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::28992"}}}},
        "features":[{{"type":"Feature","properties":{{"wijkcode":"WK999001"}},"geometry":{{"type":"Polygon",
        "coordinates":[[[{x0},{y0}],[{x1},{y0}],[{x1},{y1}],[{x0},{y1}],[{x0},{y0}]]]}}}}]}}"#
    );
    let read = |text: &str| {
        let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(text.as_bytes()))).unwrap();
        preview.shapes.unwrap()
    };
    let (a, b) = (read(&lon_lat), read(&rd));
    assert!(b.from_rd && !a.from_rd);
    let corner = |shapes: &OwnShapes| {
        let ring = &shapes.layers[0].lods.last().unwrap().shapes[0].polygons[0][0];
        let xs = ring.iter().map(|p| p[0]);
        let ys = ring.iter().map(|p| p[1]);
        (xs.clone().min().unwrap(), ys.clone().min().unwrap())
    };
    let (lon, lat) = rd_to_lon_lat(x0, y0);
    assert!((lon - 5.6).abs() < 1e-4 && (lat - 52.0).abs() < 1e-4, "the RD corner is (5.6, 52.0): {lon} {lat}");
    let ((ax, ay), (bx, by)) = (corner(&a), corner(&b));
    assert!((ax - bx).abs() < 800 && (ay - by).abs() < 800, "south-west corners {ax},{ay} and {bx},{by}");
}

#[test]
fn a_topology_joins_on_the_property_the_user_picks() {
    let map = fictional_bundle().table;
    let topo = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[5.6,52.0]},
        "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]],
        "objects":{"gebieden":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","arcs":[[0,1]],"properties":{"oud":"WK999002","nieuw":"WK999001"}},
          {"type":"Polygon","arcs":[[2,-1]],"properties":{"oud":"WK999001","nieuw":"WK999002"}}]}}}"#;
    let pick =
        |code| ShapeChoice { bytes: topo.as_bytes(), file: "g.topojson", code: Some(code), name: None, year: 2022 };
    let west_of = |code| {
        let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(pick(code))).unwrap();
        let own = preview.shapes.unwrap();
        assert_eq!(own.kind, ShapeFileKind::TopoJson { object: "gebieden".into() });
        let id = preview.table.find_str("WK999001").unwrap();
        let shape = own.layers[0].lods.last().unwrap().shapes.iter().find(|s| s.area == id).unwrap().clone();
        shape.polygons[0][0].iter().map(|p| p[0]).min().unwrap()
    };
    assert!(west_of("nieuw") < west_of("oud"), "Oeverwijk is the western square under 'nieuw' only");
}

#[test]
fn a_missing_or_codeless_property_says_what_there_is() {
    let map = fictional_bundle().table;
    let shapes = collection(&[square("WK999001", "Oever", 5.6)]);
    let with = |code| ShapeChoice { code: Some(code), ..choice(shapes.as_bytes()) };
    let err = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(with("buurtcode"))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "wijken.geojson: de gebieden hebben geen eigenschap 'buurtcode' (wel: nr, omschrijving, wijkcode)"
    );
    let err = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(with("omschrijving"))).unwrap_err();
    assert!(
        err.to_string().contains("de eigenschap 'omschrijving' heeft geen CBS-gebiedscodes (voorbeelden: Oever)"),
        "{err}"
    );
    let codeless = shapes.replace("WK999001", "Oost-1");
    let err = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(codeless.as_bytes()))).unwrap_err();
    assert!(err.to_string().contains("geen eigenschap van de gebieden bevat CBS-gebiedscodes"), "{err}");
    let err = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, None).unwrap_err();
    assert!(err.to_string().contains("voeg een GeoJSON- of TopoJSON-bestand met hun vormen toe"), "{err}");
}

#[test]
fn a_shape_without_a_row_is_an_area_without_figures() {
    let map = fictional_bundle().table;
    let shapes = collection(&[
        square("WK999001", "Oever", 5.6),
        square("WK999002", "Heuvel", 5.7),
        square("WK999003", "Nieuwland", 5.8),
    ]);
    let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(shapes.as_bytes()))).unwrap();
    let id = preview.table.find_str("WK999003").unwrap();
    assert_eq!(preview.table.area(id).name, "Nieuwland", "named from the shape");
    assert!(!preview.table.has_row(id));
    let gm = preview.table.find_str("GM9990").unwrap();
    assert!(!preview.table.has_row(gm), "not summed: one of its wijken has no figures");
    assert_eq!(preview.shapes.unwrap().drawn, 3);
}

#[test]
fn areas_the_file_has_no_shape_for_borrow_the_atlas_s_shapes() {
    let bundle = fictional_bundle();
    // A new wijk of Fictiestad with its own shape, and Centrum, which only the atlas draws.
    let table = "code;naam;inwoners;Nederland;Polen\nWK999901;Centrum;100;60;40\nWK999903;Nieuw;50;40;10\n";
    let shapes = collection(&[square("WK999903", "Nieuw", 5.6)]);
    let preview =
        preview_with_shapes(table.as_bytes(), "eigen.csv", &bundle.table, Some(choice(shapes.as_bytes()))).unwrap();
    let own = preview.shapes.as_ref().unwrap();
    let frame = &preview.table;
    let map_layers: Vec<&ShapeLayer> = bundle.layers.iter().collect();
    let layers = completed_layers(own, frame, &map_layers, &bundle.table);
    let levels: Vec<Level> = layers.iter().map(|l| l.level).collect();
    assert_eq!(levels, [Level::Gemeente, Level::Wijk], "Fictiestad's outline comes from the atlas");
    let wijken = &layers[1];
    let drawn: Vec<String> = wijken.lods[0].shapes.iter().map(|s| frame.area(s.area).code.to_string()).collect();
    assert_eq!(drawn, ["WK999901", "WK999903"], "in area order, in every level of detail");
    assert!(layers.iter().all(|l| l.check(frame.len()).is_ok()));
    assert_eq!(wijken.sources[0].title, "wijken.geojson");
    assert_eq!(wijken.boundary_year(0), 2022, "Centrum's boundaries are the atlas's 2022 ones");
    assert_eq!(wijken.sources.iter().map(|s| s.drawn).sum::<u32>(), 2);
    let centrum_map = bundle.layers[1].lods[0].shapes[0].polygons.clone();
    assert_eq!(wijken.lods[0].shapes[0].polygons, centrum_map, "the atlas's own shape");
    assert_eq!(layers[0].join.joined, 1);
    assert!(layers[0].join.without_shape.is_empty());
}

#[test]
fn parents_without_a_shape_are_dissolved_from_their_parts() {
    let map = fictional_bundle().table;
    // Four buurten of two fictional wijken of GM9990: two squares side by side per wijk.
    let table = "code;naam;inwoners;Nederland;Polen\n\
                 BU99900101;A;10;5;5\nBU99900102;B;10;5;5\nBU99900201;C;10;5;5\nBU99900202;D;10;10;0\n";
    let shapes = collection(&[
        square("BU99900101", "A", 5.6),
        square("BU99900102", "B", 5.7),
        square("BU99900201", "C", 5.8),
        square("BU99900202", "D", 5.9),
    ]);
    let preview = preview_with_shapes(table.as_bytes(), "eigen.csv", &map, Some(choice(shapes.as_bytes()))).unwrap();
    let own = preview.shapes.as_ref().unwrap();
    let frame = &preview.table;
    let layers = completed_layers(own, frame, &[], &map);
    let levels: Vec<Level> = layers.iter().map(|l| l.level).collect();
    assert_eq!(levels, [Level::Gemeente, Level::Wijk, Level::Buurt]);
    let finest = |layer: &ShapeLayer, code: &str| {
        let id = frame.find_str(code).unwrap();
        layer.lods.last().unwrap().shapes.iter().find(|s| s.area == id).unwrap().clone()
    };
    let x_range = |shape: &crate::geometry::PlanarShape| {
        let xs: Vec<i32> = shape.polygons.iter().flatten().flatten().map(|p| p[0]).collect();
        (*xs.iter().min().unwrap(), *xs.iter().max().unwrap())
    };
    let gemeente = finest(&layers[0], "GM9990");
    assert_eq!(gemeente.polygons.len(), 1, "four adjacent squares make one polygon");
    assert_eq!(x_range(&gemeente).0, x_range(&finest(&layers[2], "BU99900101")).0);
    assert_eq!(x_range(&gemeente).1, x_range(&finest(&layers[2], "BU99900202")).1);
    let wijk = finest(&layers[1], "WK999001");
    assert_eq!(
        x_range(&wijk),
        (x_range(&finest(&layers[2], "BU99900101")).0, x_range(&finest(&layers[2], "BU99900102")).1)
    );
    assert!(layers.iter().all(|l| l.check(frame.len()).is_ok()));
    assert_eq!(layers[1].sources[0].title, "wijken.geojson (samengevoegd)");
}

#[test]
fn a_city_is_not_summed_from_part_of_its_wijken() {
    let bundle = fictional_bundle();
    // Centrum alone of Fictiestad's two wijken, with a shape of its own.
    let table = "code;naam;inwoners;Nederland;Polen\nWK999901;Centrum;100;60;40\n";
    let shapes = collection(&[square("WK999901", "Centrum", 5.0)]);
    let preview =
        preview_with_shapes(table.as_bytes(), "eigen.csv", &bundle.table, Some(choice(shapes.as_bytes()))).unwrap();
    let gm = preview.table.find_str("GM9999").unwrap();
    assert!(!preview.table.has_row(gm), "1 of 2 wijken is not Fictiestad");
    assert_eq!(preview.summed, 0);
    assert_eq!(preview.partial, [("NL00".to_string(), 1, 2), ("GM9999".to_string(), 1, 2)]);
}

#[test]
fn shapes_that_match_no_row_are_refused_and_some_are_counted() {
    let map = fictional_bundle().table;
    let elsewhere = collection(&[square("WK888801", "Elders", 5.6)]);
    let err = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(elsewhere.as_bytes()))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "wijken.geojson: geen van de 1 vormen hoort bij een gebied uit de tabel (vormen: WK888801; tabel: WK999001, WK999002)"
    );
    let some = collection(&[square("WK999001", "Oever", 5.6), square("WK888801", "Elders", 5.7)]);
    let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(some.as_bytes()))).unwrap();
    let own = preview.shapes.unwrap();
    assert_eq!((own.without_row, own.without_row_examples), (1, vec!["WK888801".to_string()]));
}

#[test]
fn a_feature_without_geometry_is_left_out_and_named_and_a_bom_is_fine() {
    let map = fictional_bundle().table;
    let empty = r#"{"type":"Feature","properties":{"wijkcode":"WK999002","omschrijving":"Heuvel"},"geometry":null}"#;
    let shapes = format!("\u{feff}{}", collection(&[square("WK999001", "Oever", 5.6), empty.to_string()]));
    let preview = preview_with_shapes(TABLE.as_bytes(), "eigen.csv", &map, Some(choice(shapes.as_bytes()))).unwrap();
    let own = preview.shapes.unwrap();
    assert_eq!((own.shapes, own.drawn, own.no_geometry.clone()), (1, 1, vec!["WK999002".to_string()]));
}
