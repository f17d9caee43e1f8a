//! The loaded atlas: the bundle plus what the browser computes from it (measures, indexes).

use atlas_core::bundle::{Bundle, Metadata, PlanarBorder, ShapeLayer};
use atlas_core::geometry::{interior_point, Bounds, ShapeIndex};
use atlas_core::measures::{measure_area, AreaMeasures, DisclosureThreshold, Undefined};
use atlas_core::model::{AreaId, AreaTable, Level};
use atlas_core::typology::{gemeente_facts, Detail, GemeenteFacts, Geography};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One level's shapes with a spatial index per level of detail and the area → shape lookup.
pub struct Layer {
    pub shapes: ShapeLayer,
    /// One spatial index per level of detail, built on first use (not on the way to the first map).
    indexes: Vec<OnceCell<ShapeIndex>>,
    pub shape_of_area: HashMap<AreaId, usize>,
}

/// Everything the app shows, computed once per bundle (measures again per threshold).
/// Bundle and layers are shared between atlases measured with different thresholds.
pub struct Atlas {
    pub meta: Rc<Metadata>,
    pub table: Rc<AreaTable>,
    pub layers: Rc<Vec<Layer>>,
    pub borders: Rc<Vec<PlanarBorder>>,
    /// Neighbours and border distances, computed on first use of the typology.
    geography: Rc<OnceCell<Geography>>,
    /// The typology's facts per gemeente at this disclosure threshold, on first use.
    facts: OnceCell<Rc<Vec<GemeenteFacts>>>,
    pub threshold: DisclosureThreshold,
    pub measures: Vec<Result<AreaMeasures, Undefined>>,
    pub country: Option<AreaId>,
}

impl PartialEq for Atlas {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Atlas {
    pub fn new(bundle: Bundle, threshold: DisclosureThreshold) -> Atlas {
        let Bundle { meta, table, layers, borders } = bundle;
        let layers = Rc::new(layers.into_iter().map(Layer::new).collect());
        let measures = measure_all(&table, threshold);
        let country = table.ids_at(Level::Land).first().copied();
        Atlas {
            meta: Rc::new(meta),
            table: Rc::new(table),
            layers,
            borders: Rc::new(borders),
            geography: Rc::new(OnceCell::new()),
            facts: OnceCell::new(),
            threshold,
            measures,
            country,
        }
    }

    /// The same atlas measured with another threshold (geometry and indexes are shared).
    pub fn with_threshold(&self, threshold: DisclosureThreshold) -> Atlas {
        Atlas {
            meta: Rc::clone(&self.meta),
            table: Rc::clone(&self.table),
            borders: Rc::clone(&self.borders),
            geography: Rc::clone(&self.geography),
            facts: OnceCell::new(),
            layers: Rc::clone(&self.layers),
            threshold,
            measures: measure_all(&self.table, threshold),
            country: self.country,
        }
    }

    /// The typology's facts per gemeente (geography is computed once, on the first call).
    pub fn typology_facts(&self) -> Rc<Vec<GemeenteFacts>> {
        let geography = self.geography.get_or_init(|| {
            let shapes = self
                .layer(Level::Gemeente)
                .and_then(|l| l.shapes.lods.last())
                .map(|lod| lod.shapes.as_slice())
                .unwrap_or(&[]);
            Geography::from_shapes(shapes, &self.borders)
        });
        Rc::clone(self.facts.get_or_init(|| Rc::new(gemeente_facts(&self.table, geography, self.threshold))))
    }

    /// Which finer origin groups the table has.
    pub fn detail(&self) -> Detail {
        Detail::of(self.table.groups())
    }

    pub fn table(&self) -> &AreaTable {
        &self.table
    }

    pub fn measure(&self, id: AreaId) -> Result<&AreaMeasures, Undefined> {
        self.measures[id as usize].as_ref().map_err(|e| *e)
    }

    pub fn layer(&self, level: Level) -> Option<&Layer> {
        self.layers.iter().find(|l| l.shapes.level == level)
    }

    /// Whether an area has a shape at its own level.
    pub fn has_shape(&self, id: AreaId) -> bool {
        let level = self.table().area(id).level;
        self.layer(level).is_some_and(|l| l.shape_of_area.contains_key(&id))
    }

    /// Whether any child of the area has a shape (so drilling down shows a map).
    pub fn children_have_shapes(&self, id: AreaId) -> bool {
        self.table().children(id).iter().any(|&c| self.has_shape(c))
    }

    /// The bounds of an area's finest shape, if it has one; the country's are all gemeenten.
    pub fn bounds(&self, id: AreaId) -> Option<Bounds> {
        let area = self.table().area(id);
        if area.level == Level::Land {
            return self.layer(Level::Gemeente).map(|l| l.index(0).total_bounds());
        }
        let layer = self.layer(area.level)?;
        let shape = *layer.shape_of_area.get(&id)?;
        Some(layer.index(layer.shapes.lods.len() - 1).bounds(shape))
    }

    /// A point inside the area's finest shape, in projected metres.
    pub fn inside_point(&self, id: AreaId) -> Option<[f64; 2]> {
        let layer = self.layer(self.table().area(id).level)?;
        let shape = *layer.shape_of_area.get(&id)?;
        interior_point(&layer.shapes.lods.last()?.shapes[shape])
    }

    /// Whether `id` lies inside `within` (any depth); everything lies inside `None`.
    pub fn lies_in(&self, id: AreaId, within: Option<AreaId>) -> bool {
        match within {
            None => true,
            Some(w) => id != w && self.table().ancestry(id).contains(&w),
        }
    }

    /// The areas of a level inside `within`, in table order.
    pub fn areas_in(&self, level: Level, within: Option<AreaId>) -> Vec<AreaId> {
        let table = self.table();
        match within {
            Some(w) if table.area(w).level.child() == Some(level) => table.children(w).to_vec(),
            _ => table.ids_at(level).into_iter().filter(|&id| self.lies_in(id, within)).collect(),
        }
    }
}

impl Layer {
    fn new(shapes: ShapeLayer) -> Layer {
        let indexes = shapes.lods.iter().map(|_| OnceCell::new()).collect();
        let shape_of_area = shapes.lods[0].shapes.iter().enumerate().map(|(i, s)| (s.area, i)).collect();
        Layer { shapes, indexes, shape_of_area }
    }

    /// The spatial index of one level of detail.
    pub fn index(&self, lod: usize) -> &ShapeIndex {
        self.indexes[lod].get_or_init(|| ShapeIndex::new(&self.shapes.lods[lod].shapes))
    }

    /// The level of detail to draw at this scale, as an index into the layer's lods.
    pub fn lod_index(&self, metres_per_pixel: f64) -> usize {
        let lods = &self.shapes.lods;
        lods.iter().position(|lod| f64::from(lod.tolerance) <= metres_per_pixel).unwrap_or(lods.len() - 1)
    }
}

fn measure_all(table: &AreaTable, threshold: DisclosureThreshold) -> Vec<Result<AreaMeasures, Undefined>> {
    (0..table.len() as AreaId).map(|id| measure_area(table, id, threshold)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_core::fixtures::fictional_bundle;

    #[test]
    fn areas_shapes_and_measures_line_up() {
        let atlas = Atlas::new(fictional_bundle(), DisclosureThreshold::default());
        let table = atlas.table();
        let fictiestad = table.find_str("GM9999").unwrap();
        let centrum = table.find_str("WK999901").unwrap();
        assert!(atlas.has_shape(fictiestad) && atlas.has_shape(centrum));
        assert!(atlas.children_have_shapes(fictiestad));
        assert!(!atlas.children_have_shapes(table.find_str("GM9998").unwrap()));
        assert_eq!(atlas.areas_in(Level::Wijk, Some(fictiestad)).len(), 2);
        assert_eq!(atlas.areas_in(Level::Gemeente, None).len(), 2);
        let point = atlas.inside_point(centrum).unwrap();
        assert!(atlas.bounds(centrum).unwrap().contains(point));
        assert!(atlas.bounds(atlas.country.unwrap()).unwrap().contains(point));
        assert!(atlas.measure(fictiestad).is_ok());
    }
}
