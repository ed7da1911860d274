// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/factvalue.h"

namespace ms {

/** Raw weights by criterion id: any non-negative scale, normalised to sum 1 before use.
 *  Criteria not named get weight 0. */
using Weights = std::map<std::string, double>;

/** How the normalised decision matrix is aggregated into one score per alternative. */
enum class Method {
    WeightedSum,     ///< WSM: S_i = sum_j w_j r_ij (Fishburn 1967)
    WeightedProduct, ///< WPM: P_i = prod_j r_ij^(w_j) (Bridgman 1922; Miller & Starr 1969)
    Topsis,          ///< closeness to the ideal solution (Hwang & Yoon 1981)
};

/** How raw facts become comparable numbers r_ij. */
enum class Normalisation {
    FixedBounds, ///< the criterion's declared bounds (linear or log): no rank reversal (default)
    MinMax,      ///< (x - min) / (max - min) over the alternatives ranked (cost: reversed)
    Max,         ///< x / max (cost: min / x)
    Sum,         ///< x / sum x (cost: (1/x) / sum 1/x)
    Vector,      ///< x / sqrt(sum x^2) (Euclidean), the TOPSIS textbook choice
    None,        ///< raw values, as in the textbook WSM/WPM examples
};

/** Which end of an unknown fact's possible range the ranking uses. */
enum class MissingPolicy {
    Pessimistic, ///< unknown = the criterion's worst bound
    Optimistic,  ///< unknown = the criterion's best bound
    Midpoint,    ///< the midpoint of the pessimistic and optimistic scores
};

enum class ConstraintOp { Equal, NotEqual, AtMost, AtLeast, In };

/** A hard filter on one criterion, e.g. `credit_card == false`, `free_quota >= 1000`,
 *  `availability in public,waitlist`. `values` holds one value, or several for In. An
 *  alternative whose fact is unknown fails the constraint: it cannot be shown to pass. */
struct Constraint {
    std::string criterionId;
    ConstraintOp op = ConstraintOp::Equal;
    std::vector<FactValue> values;

    /** "free_quota >= 1000", "availability in public,waitlist": the form parseConstraint reads. */
    [[nodiscard]] std::string toString() const;
    bool operator==(const Constraint& other) const;
};

/** Who pays for the model's use. */
enum class Payer {
    Author, ///< the mod ships the author's key: one account for every player
    Player, ///< each player brings an account or key of their own
};

/** How much the mod will be used, for projecting monthly cost and free-tier cover.
 *  Messages are NPC replies: one interaction each. */
struct UsageScenario {
    double monthlyActivePlayers = 100;      ///< players per month
    double sessionsPerPlayerPerMonth = 8;   ///< play sessions per player per month
    double messagesPerSession = 25;         ///< NPC messages per session
    double inputTokensPerMessage = 500;     ///< prompt tokens per message (context + history)
    double outputTokensPerMessage = 60;     ///< reply tokens per message
    Payer payer = Payer::Player;
    bool operator==(const UsageScenario& other) const = default;
};

/** Everything the user chose: the input of a ranking besides the catalog. Round-trips
 *  through JSON exactly (scenarioToJson / scenarioFromJson). */
struct Scenario {
    std::string profile;  ///< the profile it came from, or empty
    Method method = Method::WeightedSum;
    Normalisation normalisation = Normalisation::FixedBounds;
    MissingPolicy missing = MissingPolicy::Pessimistic;
    Weights weights;
    std::vector<Constraint> constraints;
    std::optional<UsageScenario> usage;
    bool operator==(const Scenario& other) const = default;
};

/** Stable ids used in JSON and on the command line: "wsm", "wpm", "topsis";
 *  "fixed_bounds", "min_max", "max", "sum", "vector", "none"; "pessimistic",
 *  "optimistic", "midpoint"; "author", "player". */
std::string toString(Method method);
std::string toString(Normalisation normalisation);
std::string toString(MissingPolicy policy);
std::string toString(Payer payer);
std::string toString(ConstraintOp op);
std::optional<Method> methodFromString(std::string_view text);
std::optional<Normalisation> normalisationFromString(std::string_view text);
std::optional<MissingPolicy> missingPolicyFromString(std::string_view text);
std::optional<Payer> payerFromString(std::string_view text);

/** Human words for reports and the GUI ("weighted sum (WSM)", "fixed bounds"...). */
std::string describe(Method method);
std::string describe(Normalisation normalisation);
std::string describe(MissingPolicy policy);

} // namespace ms
