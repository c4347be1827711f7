//! The lists that check the learned tagger's candidates before the extractor takes them,
//! and that say what kind of body an organization is and what it belongs to.

super::super::declare::lexicon! {
    /// The word lists that check the tagger's candidates.
    pub struct CandidateWords;
    lists {
        /// Last characters of bodies the tagger may take for people (`银监会`).
        body_endings: "people/body_endings",
        /// Words that follow the name of a body, never a person's (`卫健部门`).
        after_body: "people/after_body",
        /// Words ending in a surname character (`位于丽景北街`: no 于丽景).
        glued_before_name: "people/glued_before_name",
        /// Endings of organizations' names and the kind each says (`…医院` institution).
        organization_kinds: "organizations/kind_endings",
        /// Words tying an organization to the one it belongs to (`清华大学|附属|小学`).
        org_links: "organizations/links",
        /// Words that tie a body to the place where it is stationed (`中国|驻|日本|大使馆`).
        stationed_links: "organizations/stationed_links",
        /// One-character places a body is stationed in, besides countries (`驻|华`).
        stationed_places: "organizations/stationed_places",
        /// Counts of the greatest of a kind (`四大`): a name opening with one names none.
        counts_of_kinds: "grammar/counts_of_kinds",
        /// Endings of schools whose name goes on to a unit they hold (`四川大学|华西医院`).
        parent_org_endings: "organizations/parent_endings",
        /// Words that are an organization's ending and a title in one (`医院院长`).
        titled_endings: "organizations/titled_endings",
        /// Words of the members of a body, no part of its name (`常任理事国`, `成员国`).
        member_words: "organizations/member_words",
        /// Companies and brands known by a short name (`华为`, `KFC`).
        companies: "organizations/companies",
        /// Companies' short names that are common words or names too (`小米`, `联想`).
        brand_words: "organizations/brand_words",
        /// Words after which a word of `brand_words` is the company (`小米|发布会`).
        brand_context: "organizations/brand_context",
        /// Words of sports teams that follow a place in their names (`德国|女排`).
        team_words: "organizations/team_words",
        /// Bodies whose full names the tagger and the rules cut (`农业农村部`).
        full_names: "organizations/full_names",
        /// Places whose full names the tagger, the gazetteer and the segmenter cut or
        /// miss (`粤港澳大湾区`, `港珠澳大桥`, `京津冀`).
        place_full_names: "places/full_names",
        /// Short names of provinces and cities that name routes (`京`, `沪`, `昆`).
        route_parts: "places/route_parts",
        /// Words that end a route named by its ends (`高速公路`, `高铁`, `线`).
        route_endings: "places/route_endings",
        /// Words of routes a route's own name comes before (`雅万|高铁`, `沈海|高速`).
        route_words: "places/route_words",
        /// Words that end a road known by its number (`104|国道`).
        number_road_endings: "places/number_road_endings",
        /// Words that end a road known by a letter and a number (`S311|线`).
        lettered_road_endings: "places/lettered_road_endings",
        /// Words that open a road known by its number (`国道|318|线`).
        number_road_leads: "places/number_road_leads",
        /// Verbs that make 高速 before them an adverb (`高速|发展`), no expressway.
        speed_verbs: "places/speed_verbs",
        /// Words that point at places or count them (`本`, `该`, `两`): glued after a
        /// character, they open a phrase (`为|本地区`).
        place_determiners: "places/determiners",
        /// Words of place after a noun (`会上`): glued to the front of a name, they
        /// start none (`发布会上|雷军`).
        locatives: "grammar/locatives",
        /// Things only people do, right after their name (`首发`, `停赛`, `主演`).
        person_acts: "people/acts",
        /// Countries and regions of the world (`塞尔维亚`).
        countries: "places/countries",
        /// Given names in Latin letters, lowercase (`bill`, `raymond`): a word of Latin
        /// letters opening with one names a person (`Bill Roper`, `BillRoper`).
        latin_given_names: "people/latin_given_names",
        /// Heads of state and government and others in the world's news whose
        /// transliterated names the tagger cuts or misses (`拉赫蒙`, `欧尔班`): a person
        /// wherever written whole.
        known_foreign_names: "people/known_foreign_names",
        /// People of history, letters, the arts, science and sport, and characters of
        /// novels, named without a title (`张大千`, `宫崎骏`): a person wherever written
        /// whole.
        known_figures: "people/known_figures",
        /// Words after a person's name that make it the name of a thing named after
        /// them (`孔子|学院`, `雨果|奖`).
        named_after: "people/named_after",
        /// Prepositions, conjunctions and adverbs that are surnames too
        /// (`向|记者|介绍`, `曾|公开|表示`).
        function_surnames: "grammar/function_surnames",
        /// Nouns for kinds of people and for sides (`民众`, `检方`): no given name.
        kinds_of_people: "people/kinds_of_people",
        /// Words right before a name that speaks in a clause of its own (`据`).
        before_speaker: "people/before_speaker",
        /// Words that name a text that says things (`贺词`, `白皮书`): no one.
        documents: "people/documents",
        /// Words the tagger reads as people's names that name no one (`非遗`, `林火`).
        not_people: "people/not_people",
        /// Regions, territories, straits and canals of the world (`约旦河西岸`,
        /// `戈兰高地`): a place wherever written whole.
        world_regions: "places/world_regions",
        /// Capitals and large cities of the world outside China (`比什凯克`).
        world_cities: "places/world_cities",
        /// Words that follow places, never people (`巴赫穆特|方向`).
        only_after_places: "places/only_after_places",
        /// Words that come before places, never people (`首都|萨那`).
        only_before_places: "places/only_before_places",
        /// International bodies known by a name the tagger misses or reads as another
        /// kind (`世卫组织`, `亚投行`): an organization wherever written whole.
        known_organizations: "organizations/known_names",
        /// Organizations known by a name that reads like a person's (`哈马斯`).
        single_name_organizations: "organizations/single_names",
        /// Words before the names of things, never of people (`台风|苏拉`).
        named_things: "people/named_things",
        /// Companies' short names that are common words (`民生`): the words, on a page
        /// that never writes one before a company's ending (`民生银行`).
        common_word_companies: "organizations/common_word_names",
        /// Words of the weather (`暴雪`, `预警`): with two on a page, no names there.
        weather_words: "people/weather_words",
        /// Parties called by a short name and 方 (`中方`, `双方`): no people.
        sides: "people/sides",
        /// Countries' one-character short names, as they stand in pairs of partners
        /// (`中德`, `斯中`): with a side's among them, no people.
        country_short_names: "places/short_names",
        /// Classifiers of things: a name right after one is a thing's (`一辆|蒙迪欧`).
        thing_classifiers: "grammar/thing_classifiers",
        /// The short name of the news' own country (`中`), first in its pairs.
        home_short_names: "places/home_short_names",
        /// Words after a pair of short names that make it a region (`中欧|国家`).
        region_followers: "places/region_followers",
        /// Words that open names of bodies but end none (`美国联邦`, `北京航天`).
        not_last_words: "organizations/not_last_words",
        /// Marks of a monarch's or pope's number after a name (`世` of `查尔斯三世`).
        regnal_marks: "people/regnal_marks",
        /// Periods named as a whole (`新时代`, `新征程`): no name runs across one.
        periods: "grammar/periods",
    }
    patterns {}
}
