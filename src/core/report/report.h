// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/scenario/scenario.h"

namespace ms {

/** What a report says besides the catalog and the scenario. */
struct ReportOptions {
    std::string language = "en";   ///< "en" or "tr" (anything else is English)
    std::size_t topN = 5;          ///< how many of the ranked alternatives are explained in detail
    /** ISO 8601 date or date-time ("2026-11-29", "2026-11-29T10:00:00Z", offsets allowed);
     *  empty = now (UTC). Injected by tests so that a report is reproducible. */
    std::string generatedAt;
    std::string appVersion;        ///< e.g. "0.1.0"; empty leaves it out
    /** Overrides the scenario's name in the report ("profile guide, adjusted"); empty: the
     *  profile's label, "custom weights" without a profile. */
    std::string scenarioLabel;
    bool includeSensitivity = true;      ///< stability intervals and win probabilities
    std::size_t sensitivitySamples = 10000; ///< Monte Carlo weight vectors for win probabilities
    std::uint64_t sensitivitySeed = 20231001; ///< fixed seed: the same report every time
};

/** One weighted criterion of the scenario. */
struct ReportWeight {
    std::string criterionId;
    std::string label;        ///< in the report's language
    std::string unit;
    std::string direction;    ///< "benefit" or "cost"
    double weight = 0.0;      ///< normalised, in (0, 1]; the weights of a report sum to 1
};

/** The usage the monthly costs were projected for. */
struct ReportUsage {
    double monthlyActivePlayers = 0.0;
    double sessionsPerPlayerPerMonth = 0.0;
    double messagesPerSession = 0.0;
    double inputTokensPerMessage = 0.0;
    double outputTokensPerMessage = 0.0;
    std::string payer;        ///< "author" or "player"
    std::string text;         ///< the whole usage in one localised line
};

/** Everything the user chose, in words and numbers. */
struct ReportScenario {
    std::string profileId;          ///< empty without a profile
    std::string profileLabel;       ///< localised profile label, or the options' scenarioLabel, or "custom weights"
    std::string method;             ///< "wsm", "wpm", "topsis"
    std::string methodText;         ///< localised words
    std::string normalisation;      ///< "fixed_bounds", ...
    std::string normalisationText;
    std::string missing;            ///< "pessimistic", "optimistic", "midpoint"
    std::string missingText;        ///< the missing-fact policy in words
    std::vector<ReportWeight> weights; ///< weight > 0 only, largest first (ties in catalog order)
    std::vector<std::string> constraints; ///< "free_quota >= 1000" (the form parseConstraint reads)
    std::optional<ReportUsage> usage;
};

/** One ranked alternative: a row of the ranked table. Scores are in points (the engine's
 *  score × 100), coverage in [0, 1]. */
struct ReportRow {
    int rank = 0;
    bool tied = false;              ///< shares its rank with another row
    std::string alternativeId;
    std::string name;               ///< catalog text, raw
    std::string kind;               ///< "local_model", ...
    std::string kindLabel;          ///< localised
    std::string vendor;             ///< catalog text, raw; may be empty
    double score = 0.0;             ///< points
    double scoreLow = 0.0;          ///< points, every unknown fact at its worst
    double scoreHigh = 0.0;         ///< points, every unknown fact at its best
    double coverage = 1.0;          ///< share of the weight whose fact is known
    std::string dominatedById;      ///< empty when not dominated
    std::string dominatedByName;
    /** Contribution w·u of each weighted criterion in points, in the order of
     *  ReportScenario::weights (for WSM they sum to the score). */
    std::vector<double> contributions;
    std::vector<double> utilities;  ///< u of each weighted criterion, [0, 1], same order
};

/** One criterion in the explanation of an alternative. */
struct ReportReason {
    std::string criterionId;
    std::string criterion;          ///< localised label
    std::string valueText;          ///< the fact behind it: "5,000 interactions/month", "no", "unknown"
    double weight = 0.0;            ///< normalised weight
    double utility = 0.0;           ///< [0, 1]
    double points = 0.0;            ///< strongest: the contribution; weakest: the points lost, w·(1 − u), ×100
    double maxPoints = 0.0;         ///< weight × 100
    bool missing = false;           ///< the fact is unknown
    std::string text;               ///< the whole reason in one localised line
};

/** The projected monthly cost of one alternative under the scenario's usage (USD). */
struct ReportCost {
    std::optional<double> authorUsdPerMonth;
    std::optional<double> playerUsdPerMonth;
    std::optional<double> costPerMessageUsd;
    std::optional<bool> freeTierCovers;
    std::string text;               ///< localised summary
    std::string detail;             ///< the projection's explanation in the report's language, raw
};

/** One of the top N, explained. */
struct ReportTopEntry {
    int rank = 0;
    std::string alternativeId;
    std::string name;
    std::string kindLabel;
    std::string vendor;
    double score = 0.0;             ///< points
    double coverage = 1.0;
    std::vector<ReportReason> strongest; ///< largest contribution first (at most 3)
    std::vector<ReportReason> weakest;   ///< largest loss first (at most 3)
    std::optional<ReportCost> cost;      ///< when the scenario has a usage
};

struct ReportExclusion {
    std::string alternativeId;
    std::string name;
    std::string constraint;         ///< the first constraint it fails
    std::string reason;             ///< why: "free_quota >= 1000: it is 250" (Turkish: "Ücretsiz kota ≥ 1.000: değeri 250")
};

struct ReportDominated {
    std::string alternativeId;
    std::string name;
    std::string byId;
    std::string byName;
    std::string text;               ///< localised sentence
};

struct ReportStability {
    std::string criterionId;
    std::string criterion;          ///< localised label
    double weight = 0.0;            ///< current normalised weight
    double lowTop = 0.0, highTop = 1.0;          ///< the top choice stays first for weights in here
    double lowTopThree = 0.0, highTopThree = 1.0;///< the top three keep their order in here
    bool equalSpread = false;
};

struct ReportRunnerUp {
    std::string alternativeId;
    std::string name;
    std::string criterionId;
    std::string criterion;
    double weight = 0.0;
    double newWeight = 0.0;
    double change = 0.0;
};

struct ReportWinProbability {
    std::string alternativeId;
    std::string name;
    double probability = 0.0;       ///< [0, 1]
};

/** Sensitivity of the ranking to the weights (see core/decision/sensitivity.h). */
struct ReportSensitivity {
    std::string method;             ///< the scenario's method id
    std::vector<ReportStability> stability; ///< weighted criteria, in scenario weight order; WSM only
    std::optional<ReportRunnerUp> runnerUp; ///< WSM only
    std::string runnerUpText;       ///< localised sentence (empty with fewer than 2 ranked)
    std::vector<ReportWinProbability> winProbabilities; ///< largest first, then ranked order
    std::size_t samples = 0;
    std::uint64_t seed = 0;
    std::string note;               ///< the engine's note on what was not computed (English, raw)
    std::vector<std::string> remarks; ///< the same in the report's language, one sentence each
};

/** One fact behind a score. */
struct ReportFact {
    std::string alternativeId;
    std::string alternative;
    std::string criterionId;
    std::string criterion;          ///< localised label
    FactValue value;                ///< the raw value
    std::string valueText;          ///< localised, with the unit: "5,000 interactions/month"
    std::string unit;
    std::string sourceId;
    std::string source;             ///< the source's title, raw; empty when the fact cites none
    std::string asOf;
    bool estimate = false;
    std::string note;               ///< raw
    bool stale = false;             ///< older than 12 months at generatedAt
};

/** How one criterion is normalised. */
struct ReportCriterion {
    std::string id;
    std::string label;
    std::string type;               ///< "numeric", "boolean", "ordinal"
    std::string direction;          ///< "benefit", "cost"
    std::string unit;
    double lower = 0.0;
    double upper = 1.0;
    std::string scale;              ///< "linear", "log"
    std::vector<std::string> levels;///< ordinal, worst first
    std::string boundsText;         ///< localised: "0 – 10,000 (log)", "discontinued < … < public"
    double weight = 0.0;            ///< normalised weight in this scenario (0 = not weighted)
};

struct ReportSource {
    std::string id;
    std::string title;
    std::string url;
    std::string date;
};

/** The method appendix: formulas in words, normalisation bounds, sources. */
struct ReportMethod {
    std::vector<std::string> paragraphs; ///< localised
    std::vector<ReportCriterion> criteria; ///< every criterion of the catalog, catalog order
    std::vector<std::string> references; ///< the literature of the methods used
    std::vector<ReportSource> sources;   ///< every source of the catalog
};

/** A recommendation report: a document model that the Markdown, HTML, CSV, JSON and PDF
 *  renderers all draw from. Catalog text is stored raw (escaping is the renderers' job);
 *  the sentences are already in the report's language; numbers are raw doubles that the
 *  renderers format (core/report/reporttext.h, never the process locale). */
struct Report {
    std::string language = "en";
    std::string title;
    std::string generatedAt;        ///< ISO, as given (or now, UTC)
    std::string generatedAtText;    ///< "2026-11-29 10:00 UTC" or "2026-11-29"
    std::string appVersion;
    std::string catalogTitle;
    std::string catalogVersion;
    std::string catalogAsOf;
    std::size_t factCount = 0;      ///< criterion facts and details with a known value (knownFactCount)
    std::size_t staleFactCount = 0; ///< of those, older than 12 months at generatedAt (staleFacts)
    std::string staleText;          ///< localised sentence about the stale facts
    ReportScenario scenario;
    std::string recommendation;     ///< one localised sentence
    std::vector<std::string> leaderIds; ///< the first-placed alternative(s)
    std::optional<double> gap;      ///< points between first place and the next score, if any
    bool scoreOutOf100 = true;      ///< scores lie in 0..100 (not for raw-value normalisations)
    std::size_t alternativeCount = 0; ///< alternatives in the catalog
    std::vector<ReportRow> rows;    ///< every ranked alternative, best first
    std::vector<ReportTopEntry> top;///< the first topN rows, explained
    std::vector<ReportExclusion> excluded;
    std::vector<ReportDominated> dominated;
    std::optional<ReportSensitivity> sensitivity; ///< nullopt when not asked for or not possible
    std::vector<ReportFact> facts;  ///< ranked alternatives (rank order) × weighted criteria (weight order)
    ReportMethod method;
};

/** Builds the report of `catalog` under `scenario`: applies the usage projection when the
 *  scenario has a usage (withProjectedCosts), ranks (rankAlternatives), explains the top N
 *  (explain), projects costs (projectUsageCost), analyses sensitivity (analyseSensitivity,
 *  when asked), and collects the facts and sources behind it.
 *  Errors: whatever rankAlternatives reports (bad weights, e.g. all zero — case C05 —,
 *  a constraint on an unknown criterion, a normalisation the values cannot take). A failed
 *  sensitivity analysis is not an error: the report then says why in its note. */
std::variant<Report, RankingError> buildReport(const Catalog& catalog, const Scenario& scenario,
                                               const ReportOptions& options = {});

/** The same from a ranking already made of `catalog` under `scenario` (the catalog must be
 *  the one ranked, i.e. with projected costs applied when the scenario has a usage). The
 *  ranking's method, normalisation, policy and constraints are taken as they are. */
Report buildReport(const Catalog& catalog, const Scenario& scenario, const Ranking& ranking,
                   const ReportOptions& options = {});

/** Whether a fact dated `asOf` ("YYYY-MM" or "YYYY-MM-DD") is more than 12 months old on
 *  `date` ("YYYY-MM-DD..."), by the catalog's rule (monthsOld in core/catalog/staleness.h:
 *  a month-only date lasts the whole month, so "2025-11" is not stale on 2026-11-29 while
 *  "2025-11-15" is). An unreadable date is never stale. */
bool isOlderThan12Months(std::string_view asOf, std::string_view date);

} // namespace ms
