// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/factvalue.h"
#include "core/scenario/scenario.h"

namespace ms {

/** Text in the catalog's two languages. `get("tr")` falls back to English when the
 *  Turkish text is empty. Catalog text is plain text: never interpret it as markup. */
struct LocalizedText {
    std::string en;
    std::string tr;
    [[nodiscard]] const std::string& get(std::string_view lang) const
    {
        return (lang == "tr" && !tr.empty()) ? tr : en;
    }
};

enum class CriterionType { Numeric, Boolean, Ordinal };
enum class Direction { Benefit, Cost };
enum class Scale { Linear, Log };

/** One criterion (a column of the decision matrix), declared by the catalog.
 *
 *  Numeric criteria carry fixed bounds [lower, upper] in `unit`; normalisation maps
 *  the bounds to 0 and 1 (reversed for cost criteria), so adding or removing an
 *  alternative never changes another alternative's normalised value. Ordinal
 *  criteria list their `levels` from worst to best. Boolean criteria: true is 1. */
struct Criterion {
    std::string id;                 ///< ASCII identifier, compared byte-wise
    LocalizedText label;
    LocalizedText description;
    CriterionType type = CriterionType::Numeric;
    Direction direction = Direction::Benefit;
    std::string unit;               ///< e.g. "interactions/month", "USD/month", "GB"
    double lower = 0.0;             ///< fixed lower bound (numeric only)
    double upper = 1.0;             ///< fixed upper bound (numeric only), > lower
    Scale scale = Scale::Linear;    ///< Log: normalise log10(1 + x) between the bounds
    bool allowUnlimited = false;    ///< numeric: the value "unlimited" is allowed and best
    std::vector<std::string> levels;///< ordinal: worst .. best
};

/** A cited source: the guide, a vendor page, or the editors' own estimate. */
struct Source {
    std::string id;
    std::string title;
    std::string url;   ///< may be empty
    std::string date;  ///< ISO date or year-month, e.g. "2023-10"
};

/** One cell of the matrix (or one detail) with its provenance. */
struct Fact {
    FactValue value;
    std::string unit;       ///< details only; criteria facts use the criterion's unit
    std::string source;     ///< id of a Source in the catalog
    std::string asOf;       ///< "YYYY-MM" or "YYYY-MM-DD"
    bool estimate = false;  ///< the editors' estimate rather than a cited fact
    std::string note;       ///< why, or what the value means
    /** The catalog layer the fact came from, set by mergeLayers (core/catalog/layers.h):
     *  "bundled", "update", "import:<file name>" or "user" (the user's own override).
     *  Empty when the catalog was loaded from a single file without layering. Not
     *  written to catalog files: it describes where a value was found, not the value. */
    std::string layer;
};

/** A descriptive fact that is not a criterion (parameter count, licence, SDKs...). */
struct Detail {
    std::string key;
    LocalizedText label;
    Fact fact;
};

/** An alternative: a local model, an online model API or a character service. */
struct Alternative {
    std::string id;                ///< ASCII identifier
    std::string name;
    std::string kind;              ///< "local_model", "online_api", "character_service"
    std::string vendor;
    std::string homepage;
    std::string status;            ///< "public", "waitlist", "contact_only", "discontinued"
    LocalizedText summary;
    std::map<std::string, Fact> facts;  ///< keyed by criterion id; absent means unknown
    std::vector<Detail> details;        ///< in catalog order

    /** The fact for criterion `id`, or nullptr when the catalog gives none. */
    [[nodiscard]] const Fact* fact(std::string_view criterionId) const;
};

/** A named scenario shipped in the catalog: weights (>= 0, any scale) and optionally
 *  method, normalisation, missing-fact policy, constraints and a usage scenario. */
struct Profile {
    std::string id;
    LocalizedText label;
    LocalizedText description;
    Scenario scenario;  ///< scenario.profile is this profile's id
};

/** A whole catalog: criteria (columns), alternatives (rows) and sources. */
struct Catalog {
    std::string format;        ///< "modelscout-catalog"
    int formatVersion = 1;
    std::string version;       ///< catalog_version, e.g. "2023.10.1"
    std::string title;
    std::string asOf;          ///< the snapshot date of the catalog as a whole
    std::vector<Source> sources;
    std::vector<Criterion> criteria;
    std::vector<Alternative> alternatives;
    std::vector<Profile> profiles;

    [[nodiscard]] const Criterion* criterion(std::string_view id) const;
    [[nodiscard]] std::optional<std::size_t> criterionIndex(std::string_view id) const;
    [[nodiscard]] const Source* source(std::string_view id) const;
    [[nodiscard]] const Alternative* alternative(std::string_view id) const;
    [[nodiscard]] const Profile* profile(std::string_view id) const;
};

/** The display name of an alternative kind ("Local model" / "Yerel model"...). */
std::string kindLabel(std::string_view kind, std::string_view lang = "en");

} // namespace ms
