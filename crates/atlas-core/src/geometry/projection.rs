//! The map projection: Lambert azimuthal equal-area on a sphere, centred on the Netherlands.
//!
//! Equal-area, so a choropleth gives every square kilometre the same visual weight; centred on
//! Amersfoort (the origin of the Dutch RD grid), so distortion across the country stays below
//! 0.2% in scale. Units are metres, x east, y north.

/// Mean Earth radius in metres (IUGG).
const EARTH_RADIUS: f64 = 6_371_008.8;
/// Centre of the projection: Amersfoort, the RD origin.
const CENTRE_LON: f64 = 5.387_206;
const CENTRE_LAT: f64 = 52.155_172;

/// A projected point in metres.
pub type Projected = [f64; 2];

/// Projects WGS84 longitude/latitude (degrees) to metres.
pub fn project(lon: f64, lat: f64) -> Projected {
    let (phi, lambda) = (lat.to_radians(), (lon - CENTRE_LON).to_radians());
    let phi1 = CENTRE_LAT.to_radians();
    let k = (2.0 / (1.0 + phi1.sin() * phi.sin() + phi1.cos() * phi.cos() * lambda.cos())).sqrt();
    [
        EARTH_RADIUS * k * phi.cos() * lambda.sin(),
        EARTH_RADIUS * k * (phi1.cos() * phi.sin() - phi1.sin() * phi.cos() * lambda.cos()),
    ]
}

/// Inverse of [`project`]: metres back to longitude/latitude in degrees.
pub fn unproject(x: f64, y: f64) -> (f64, f64) {
    let rho = (x * x + y * y).sqrt();
    if rho < 1e-9 {
        return (CENTRE_LON, CENTRE_LAT);
    }
    let c = 2.0 * (rho / (2.0 * EARTH_RADIUS)).asin();
    let phi1 = CENTRE_LAT.to_radians();
    let lat = (c.cos() * phi1.sin() + y * c.sin() * phi1.cos() / rho).asin();
    let lon = (x * c.sin()).atan2(rho * phi1.cos() * c.cos() - y * phi1.sin() * c.sin());
    (CENTRE_LON + lon.to_degrees(), lat.to_degrees())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_centre_is_the_origin_and_north_is_up() {
        let [x, y] = project(CENTRE_LON, CENTRE_LAT);
        assert!(x.abs() < 1e-6 && y.abs() < 1e-6);
        let [x, y] = project(CENTRE_LON, CENTRE_LAT + 1.0);
        // One degree of latitude on this sphere is 2πR/360 ≈ 111,195 m.
        assert!(x.abs() < 1e-6);
        assert!((y - 111_195.0).abs() < 50.0, "{y}");
    }

    #[test]
    fn small_cells_keep_their_area() {
        // A 0.01° cell at Groningen: area on the sphere R² cosφ dλ dφ.
        let (lon, lat, d) = (6.5, 53.2, 0.01f64);
        let corners = [project(lon, lat), project(lon + d, lat), project(lon + d, lat + d), project(lon, lat + d)];
        let shoelace: f64 = (0..4)
            .map(|i| {
                let (a, b) = (corners[i], corners[(i + 1) % 4]);
                a[0] * b[1] - b[0] * a[1]
            })
            .sum::<f64>()
            / 2.0;
        let sphere = EARTH_RADIUS.powi(2) * (lat + d / 2.0).to_radians().cos() * d.to_radians() * d.to_radians();
        assert!((shoelace / sphere - 1.0).abs() < 1e-4, "{shoelace} vs {sphere}");
    }

    #[test]
    fn unproject_inverts_project() {
        for (lon, lat) in [(3.36, 51.37), (7.22, 53.5), (5.99, 50.75), (4.3, 52.08)] {
            let [x, y] = project(lon, lat);
            let (lon2, lat2) = unproject(x, y);
            assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9);
        }
    }
}
