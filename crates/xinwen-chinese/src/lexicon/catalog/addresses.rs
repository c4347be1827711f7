//! The lists of streets and addresses.

super::super::declare::lexicon! {
    /// The word lists of streets and addresses.
    pub struct AddressWords;
    lists {
        /// Characters that continue a place name (`凤凰|街`).
        continues_place: "places/continues",
        /// Endings of street names (`街`).
        street_endings: "places/street_endings",
        /// Endings of roads a house number may follow (`路`, `街`, `大道`).
        road_endings: "places/road_endings",
        /// Endings of a road's name right after a district or a city (`天山路`).
        road_name_endings: "places/road_name_endings",
        /// A direction and a road's ending as one word of the segmenter (`北街`, `南路`).
        direction_roads: "places/direction_roads",
        /// Common nouns that end like roads (`高速铁路`).
        not_roads: "places/not_roads",
        /// Scenic places after the place they belong to (`大理|古城`, `甘南|草原`).
        scene_endings: "places/scene_endings",
        /// Airports and stations after the place they serve (`昆明|长水|国际机场`).
        facility_endings: "places/facility_endings",
        /// What follows a house number (`号`, `弄`, `号院`).
        house_number_units: "places/house_number_units",
    }
    patterns {}
}
