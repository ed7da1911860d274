// SPDX-License-Identifier: MIT
#include "core/scenario/scenariojson.h"

#include <nlohmann/json.hpp>

namespace ms {

std::string scenarioToJson(const Scenario& scenario)
{
    nlohmann::ordered_json j;
    j["format"] = "modelscout-scenario";
    j["format_version"] = 1;
    if (!scenario.profile.empty())
        j["profile"] = scenario.profile;
    j["method"] = toString(scenario.method);
    j["normalisation"] = toString(scenario.normalisation);
    j["missing"] = toString(scenario.missing);
    nlohmann::ordered_json weights = nlohmann::ordered_json::object();
    for (const auto& [id, w] : scenario.weights)
        weights[id] = w;
    j["weights"] = weights;
    nlohmann::ordered_json constraints = nlohmann::ordered_json::array();
    for (const auto& c : scenario.constraints)
        constraints.push_back(c.toString());
    j["constraints"] = constraints;
    if (scenario.usage) {
        const UsageScenario& u = *scenario.usage;
        j["usage"] = {{"monthly_active_players", u.monthlyActivePlayers},
                      {"sessions_per_player_per_month", u.sessionsPerPlayerPerMonth},
                      {"messages_per_session", u.messagesPerSession},
                      {"input_tokens_per_message", u.inputTokensPerMessage},
                      {"output_tokens_per_message", u.outputTokensPerMessage},
                      {"payer", toString(u.payer)}};
    }
    return j.dump(2) + "\n";
}

} // namespace ms
