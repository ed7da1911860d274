// SPDX-License-Identifier: MIT
#include "core/catalog/catalog.h"

#include <algorithm>

namespace ms {

namespace {
template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Fact* Alternative::fact(std::string_view criterionId) const
{
    const auto it = facts.find(std::string(criterionId));
    return it == facts.end() ? nullptr : &it->second;
}

const Criterion* Catalog::criterion(std::string_view id) const { return findById(criteria, id); }
const Source* Catalog::source(std::string_view id) const { return findById(sources, id); }
const Alternative* Catalog::alternative(std::string_view id) const { return findById(alternatives, id); }
const Profile* Catalog::profile(std::string_view id) const { return findById(profiles, id); }

std::optional<std::size_t> Catalog::criterionIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        if (criteria[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::string kindLabel(std::string_view kind, std::string_view lang)
{
    const bool tr = lang == "tr";
    if (kind == "local_model")
        return tr ? "Yerel model" : "Local model";
    if (kind == "online_api")
        return tr ? "Çevrimiçi model API'si" : "Online model API";
    if (kind == "character_service")
        return tr ? "Karakter servisi" : "Character service";
    return std::string(kind);
}

} // namespace ms
