//! Names people use for areas that the CBS tables name otherwise: the list is data, and every
//! entry is tested against the real table (`tests` in `search/mod.rs`).

/// (name people type, CBS code, the CBS name it stands for).
pub const ALIASES: &[(&str, &str, &str)] = &[
    ("Den Haag", "GM0518", "'s-Gravenhage"),
    ("The Hague", "GM0518", "'s-Gravenhage"),
    ("Den Bosch", "GM0796", "'s-Hertogenbosch"),
    ("Dordt", "GM0505", "Dordrecht"),
    ("Ljouwert", "GM0080", "Leeuwarden"),
    ("Bergen Noord-Holland", "GM0373", "Bergen (NH.)"),
    ("Bergen Limburg", "GM0893", "Bergen (L.)"),
    ("Schilderswijk", "WK051829", "Wijk 29 Schildersbuurt"),
    ("Snits", "WK190001", "Wijk 01 Sneek"),
];
