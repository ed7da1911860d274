// SPDX-License-Identifier: MIT
#include "core/report/report.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <string_view>

#include "core/catalog/staleness.h"
#include "core/decision/constraints.h"
#include "core/decision/sensitivity.h"
#include "core/decision/usagecost.h"
#include "core/report/reporttext.h"

namespace ms {

namespace {

// ---- Dates, locale-free ----------------------------------------------------------------

/** Reads exactly `digits` ASCII digits at `pos`. */
std::optional<int> readDigits(std::string_view text, std::size_t pos, std::size_t digits)
{
    if (pos + digits > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0; ///< 0 when the date names a month only
};

/** "YYYY-MM" or "YYYY-MM-DD" at the start of `text`. */
std::optional<CivilDate> parseDate(std::string_view text)
{
    const auto y = readDigits(text, 0, 4);
    if (!y || text.size() < 7 || text[4] != '-')
        return std::nullopt;
    const auto m = readDigits(text, 5, 2);
    if (!m || *m < 1 || *m > 12)
        return std::nullopt;
    CivilDate date { *y, *m, 0 };
    if (text.size() >= 10 && text[7] == '-') {
        const auto d = readDigits(text, 8, 2);
        if (!d || *d < 1 || *d > 31)
            return std::nullopt;
        date.day = *d;
    }
    return date;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
long long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(long long z)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return { y, m, d };
}

std::string twoDigits(int value)
{
    return std::string(1, static_cast<char>('0' + (value / 10) % 10)) + static_cast<char>('0' + value % 10);
}

std::string isoDate(const CivilDate& date)
{
    return std::to_string(date.year) + "-" + twoDigits(date.month) + "-" + twoDigits(date.day);
}

/** A date-time read from ISO 8601 text, in UTC. */
struct UtcTime {
    CivilDate date;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
};

std::optional<UtcTime> parseIsoUtc(std::string_view text)
{
    const auto date = parseDate(text);
    if (!date || date->day == 0)
        return std::nullopt;
    UtcTime out;
    out.date = *date;
    if (text.size() <= 10)
        return out;
    if (text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    const auto h = readDigits(text, 11, 2);
    const auto mi = (text.size() > 13 && text[13] == ':') ? readDigits(text, 14, 2) : std::nullopt;
    if (!h || !mi || *h > 23 || *mi > 59)
        return std::nullopt;
    std::size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') { // seconds, and a fraction
        if (!readDigits(text, pos + 1, 2))
            return std::nullopt;
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
        }
    }
    int offsetMinutes = 0;
    if (pos < text.size()) {
        if (text[pos] == 'Z' || text[pos] == 'z') {
            ++pos;
        } else if (text[pos] == '+' || text[pos] == '-') {
            const int sign = text[pos] == '-' ? -1 : 1;
            const auto oh = readDigits(text, pos + 1, 2);
            std::size_t next = pos + 3;
            if (next < text.size() && text[next] == ':')
                ++next;
            const auto om = readDigits(text, next, 2);
            if (!oh || !om)
                return std::nullopt;
            offsetMinutes = sign * (*oh * 60 + *om);
            pos = next + 2;
        }
        if (pos != text.size())
            return std::nullopt;
    }
    long long minutes
        = daysFromCivil(out.date.year, out.date.month, out.date.day) * 1440 + *h * 60 + *mi - offsetMinutes;
    const long long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
    minutes -= days * 1440;
    out.date = civilFromDays(days);
    out.hasTime = true;
    out.hour = static_cast<int>(minutes / 60);
    out.minute = static_cast<int>(minutes % 60);
    return out;
}

std::string nowUtcIso()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm {};
    gmtime_r(&now, &tm);
    return std::to_string(tm.tm_year + 1900) + "-" + twoDigits(tm.tm_mon + 1) + "-" + twoDigits(tm.tm_mday) + "T"
        + twoDigits(tm.tm_hour) + ":" + twoDigits(tm.tm_min) + ":" + twoDigits(tm.tm_sec) + "Z";
}

// ---- Words ----------------------------------------------------------------------------

std::string methodWords(Method method, const ReportTexts& t)
{
    switch (method) {
    case Method::WeightedSum:
        return t.methodWsm;
    case Method::WeightedProduct:
        return t.methodWpm;
    case Method::Topsis:
        return t.methodTopsis;
    }
    return {};
}

std::string normalisationWords(Normalisation normalisation, const ReportTexts& t)
{
    switch (normalisation) {
    case Normalisation::FixedBounds:
        return t.normFixed;
    case Normalisation::MinMax:
        return t.normMinMax;
    case Normalisation::Max:
        return t.normMax;
    case Normalisation::Sum:
        return t.normSum;
    case Normalisation::Vector:
        return t.normVector;
    case Normalisation::None:
        return t.normNone;
    }
    return {};
}

std::string normalisationExplanation(Normalisation normalisation, const ReportTexts& t)
{
    switch (normalisation) {
    case Normalisation::FixedBounds:
        return t.explainFixed;
    case Normalisation::MinMax:
        return t.explainMinMax;
    case Normalisation::Max:
        return t.explainMax;
    case Normalisation::Sum:
        return t.explainSum;
    case Normalisation::Vector:
        return t.explainVector;
    case Normalisation::None:
        return t.explainNone;
    }
    return {};
}

std::string missingWords(MissingPolicy policy, const ReportTexts& t)
{
    switch (policy) {
    case MissingPolicy::Pessimistic:
        return t.missingPessimistic;
    case MissingPolicy::Optimistic:
        return t.missingOptimistic;
    case MissingPolicy::Midpoint:
        return t.missingMidpoint;
    }
    return {};
}

std::string criterionTypeId(CriterionType type)
{
    switch (type) {
    case CriterionType::Numeric:
        return "numeric";
    case CriterionType::Boolean:
        return "boolean";
    case CriterionType::Ordinal:
        return "ordinal";
    }
    return {};
}

/** A fact's value as a person reads it, with the unit: "5,000 interactions/month". */
std::string valueText(const FactValue& value, const std::string& unit, const ReportTexts& t, std::string_view lang)
{
    switch (value.kind) {
    case FactValue::Kind::Unknown:
        return t.unknown;
    case FactValue::Kind::Boolean:
        return value.boolean ? t.yes : t.no;
    case FactValue::Kind::Unlimited:
        return t.unlimited;
    case FactValue::Kind::Text:
        return value.text;
    case FactValue::Kind::Number:
        return unit.empty() ? formatQuantity(value.number, lang) : formatQuantity(value.number, lang) + " " + unit;
    }
    return {};
}

std::string joinNames(const std::vector<std::string>& names, const ReportTexts& t)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += (i + 1 == names.size()) ? " " + t.andWord + " " : ", ";
        out += names[i];
    }
    return out;
}

bool isTied(const Ranking& ranking, std::size_t position)
{
    return std::any_of(ranking.ties.begin(), ranking.ties.end(),
        [&](const auto& group) { return std::find(group.begin(), group.end(), position) != group.end(); });
}

double points(double share)
{
    return share * 100.0;
}

std::vector<std::string> methodReferences(const Ranking& ranking, bool sensitivity)
{
    std::vector<std::string> refs;
    switch (ranking.method) {
    case Method::WeightedSum:
        refs.push_back("Fishburn, P. C. (1967). Additive utilities with incomplete product sets. "
                       "Operations Research 15.");
        break;
    case Method::WeightedProduct:
        refs.push_back("Bridgman, P. W. (1922). Dimensional Analysis. Yale University Press.");
        refs.push_back("Miller, D. W. & Starr, M. K. (1969). Executive Decisions and Operations Research. "
                       "Prentice-Hall.");
        break;
    case Method::Topsis:
        refs.push_back("Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making. Springer.");
        break;
    }
    refs.push_back("Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study. "
                   "Springer.");
    if (ranking.normalisation == Normalisation::FixedBounds)
        refs.push_back("Belton, V. & Gear, T. (1983). On a short-coming of Saaty's method of analytic hierarchies. "
                       "Omega 11(3).");
    if (sensitivity) {
        refs.push_back("Mareschal, B. (1988). Weight stability intervals in multicriteria decision aid. "
                       "European Journal of Operational Research 33(1), 54-64.");
        refs.push_back("Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some "
                       "deterministic multi-criteria decision-making methods. Decision Sciences 28(1), 151-194.");
        refs.push_back("Lahdelma, R., Hokkanen, J. & Salminen, P. (1998). SMAA - Stochastic multiobjective "
                       "acceptability analysis. European Journal of Operational Research 106(1), 137-143.");
    }
    return refs;
}

std::string boundsText(const Criterion& c, const ReportTexts& t, std::string_view lang)
{
    switch (c.type) {
    case CriterionType::Boolean:
        return t.boundsBoolean;
    case CriterionType::Ordinal: {
        std::string out;
        for (std::size_t i = 0; i < c.levels.size(); ++i)
            out += (i ? " < " : "") + c.levels[i];
        return out;
    }
    case CriterionType::Numeric: {
        std::string out = formatQuantity(c.lower, lang) + " – " + formatQuantity(c.upper, lang);
        if (!c.unit.empty())
            out += " " + c.unit;
        if (c.scale == Scale::Log)
            out += " (" + t.scaleLog + ")";
        if (c.allowUnlimited)
            out += "; " + t.unlimited + " = 1";
        return out;
    }
    }
    return {};
}

/** The reasons for criteria `indices` of `row`: gains (contribution) or losses (w·(1 − u)). */
std::vector<ReportReason> reasons(const Catalog& catalog, const Alternative& alternative, const RankedAlternative& row,
    const std::vector<std::size_t>& indices, bool gains, const ReportTexts& t, std::string_view lang)
{
    std::vector<ReportReason> out;
    for (const std::size_t j : indices) {
        if (j >= catalog.criteria.size() || j >= row.contributions.size())
            continue;
        const Criterion& criterion = catalog.criteria[j];
        const Contribution& c = row.contributions[j];
        ReportReason r;
        r.criterionId = criterion.id;
        r.criterion = criterion.label.get(lang);
        const Fact* fact = alternative.fact(criterion.id);
        r.valueText = valueText(fact ? fact->value : FactValue::unknown(), criterion.unit, t, lang);
        r.weight = c.weight;
        r.utility = c.utility;
        r.points = points(gains ? c.contribution : c.weight * (1.0 - c.utility));
        r.maxPoints = points(c.weight);
        r.missing = c.missing;
        r.text = fillTemplate(gains ? t.gainReason : t.lossReason,
            { { "criterion", r.criterion }, { "value", r.valueText }, { "points", formatNumber(r.points, 1, lang) },
                { "max", formatNumber(r.maxPoints, 1, lang) } });
        out.push_back(std::move(r));
    }
    return out;
}

ReportCost costOf(const CostProjection& p, const ReportTexts& t, std::string_view lang)
{
    ReportCost cost;
    cost.authorUsdPerMonth = p.authorCostUsdPerMonth;
    cost.playerUsdPerMonth = p.playerCostUsdPerMonth;
    cost.costPerMessageUsd = p.costPerMessageUsd;
    cost.freeTierCovers = p.freeTierCovers;
    cost.detail = p.explanation;
    auto money = [&](const std::optional<double>& v) { return v ? formatUsd(*v, lang) : t.costUnknown; };
    cost.text = fillTemplate(t.projectedCost,
        { { "author", money(p.authorCostUsdPerMonth) }, { "player", money(p.playerCostUsdPerMonth) } });
    cost.text += "; ";
    cost.text += !p.freeTierCovers ? t.freeTierUnknown : (*p.freeTierCovers ? t.freeTierCovers : t.freeTierShort);
    cost.text += ".";
    return cost;
}

} // namespace

bool isOlderThan12Months(std::string_view asOf, std::string_view date)
{
    // The catalog's own rule (core/catalog/staleness.h), so that the GUI, the CLI and the
    // report count the same facts.
    const auto months = monthsOld(asOf, date.substr(0, 10));
    return months && *months > 12;
}

Report buildReport(
    const Catalog& catalog, const Scenario& scenario, const Ranking& ranking, const ReportOptions& options)
{
    const std::string lang = options.language == "tr" ? "tr" : "en";
    const ReportTexts& t = reportTexts(lang);
    Report report;
    report.language = lang;
    report.title = t.title;
    report.generatedAt = options.generatedAt.empty() ? nowUtcIso() : options.generatedAt;
    std::string today;
    if (const auto when = parseIsoUtc(report.generatedAt)) {
        today = isoDate(when->date);
        report.generatedAtText
            = when->hasTime ? today + " " + twoDigits(when->hour) + ":" + twoDigits(when->minute) + " UTC" : today;
    } else {
        report.generatedAtText = report.generatedAt;
        if (const auto d = parseDate(report.generatedAt))
            today = report.generatedAt.substr(0, d->day ? 10 : 7);
    }
    report.appVersion = options.appVersion;
    report.catalogTitle = catalog.title;
    report.catalogVersion = catalog.version;
    report.catalogAsOf = catalog.asOf;
    report.alternativeCount = catalog.alternatives.size();

    // Facts older than 12 months, over the whole catalog (criteria facts and details with
    // a known value), by the catalog's staleness rule.
    report.factCount = knownFactCount(catalog);
    report.staleFactCount = today.size() == 10 ? staleFacts(catalog, today, 12).size() : 0;
    const std::string total = formatNumber(static_cast<double>(report.factCount), 0, lang);
    report.staleText = report.staleFactCount > 0
        ? fillTemplate(t.staleFacts,
            { { "stale", formatNumber(static_cast<double>(report.staleFactCount), 0, lang) }, { "total", total },
                { "date", today } })
        : fillTemplate(t.noStaleFacts, { { "total", total }, { "date", today } });

    // The scenario.
    const std::size_t n = catalog.criteria.size();
    std::vector<double> weights = ranking.normalisedWeights;
    weights.resize(n, 0.0);
    std::vector<std::size_t> weighted;
    for (std::size_t j = 0; j < n; ++j)
        if (weights[j] > 0.0)
            weighted.push_back(j);
    std::stable_sort(
        weighted.begin(), weighted.end(), [&](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });

    ReportScenario& s = report.scenario;
    s.profileId = scenario.profile;
    if (!options.scenarioLabel.empty())
        s.profileLabel = options.scenarioLabel;
    else if (const Profile* profile = catalog.profile(scenario.profile))
        s.profileLabel = profile->label.get(lang);
    else
        s.profileLabel = t.customWeights;
    s.method = toString(ranking.method);
    s.methodText = methodWords(ranking.method, t);
    s.normalisation = toString(ranking.normalisation);
    s.normalisationText = normalisationWords(ranking.normalisation, t);
    s.missing = toString(ranking.missing);
    s.missingText = missingWords(ranking.missing, t);
    for (const std::size_t j : weighted) {
        const Criterion& c = catalog.criteria[j];
        s.weights.push_back(
            { c.id, c.label.get(lang), c.unit, c.direction == Direction::Cost ? "cost" : "benefit", weights[j] });
    }
    for (const Constraint& c : ranking.constraints)
        s.constraints.push_back(c.toString());
    if (scenario.usage) {
        const UsageScenario& u = *scenario.usage;
        ReportUsage usage;
        usage.monthlyActivePlayers = u.monthlyActivePlayers;
        usage.sessionsPerPlayerPerMonth = u.sessionsPerPlayerPerMonth;
        usage.messagesPerSession = u.messagesPerSession;
        usage.inputTokensPerMessage = u.inputTokensPerMessage;
        usage.outputTokensPerMessage = u.outputTokensPerMessage;
        usage.payer = toString(u.payer);
        usage.text = fillTemplate(t.usageText,
            { { "players", formatQuantity(u.monthlyActivePlayers, lang) },
                { "sessions", formatQuantity(u.sessionsPerPlayerPerMonth, lang) },
                { "messages", formatQuantity(u.messagesPerSession, lang) },
                { "in", formatQuantity(u.inputTokensPerMessage, lang) },
                { "out", formatQuantity(u.outputTokensPerMessage, lang) },
                { "payer", u.payer == Payer::Author ? t.payerAuthor : t.payerPlayer } });
        s.usage = usage;
    }

    report.scoreOutOf100 = ranking.method == Method::Topsis
        || (ranking.normalisation != Normalisation::Vector && ranking.normalisation != Normalisation::None);

    // The ranked table.
    for (std::size_t pos = 0; pos < ranking.rows.size(); ++pos) {
        const RankedAlternative& row = ranking.rows[pos];
        if (row.alternativeIndex >= catalog.alternatives.size())
            continue;
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        ReportRow r;
        r.rank = row.rank;
        r.tied = isTied(ranking, pos);
        r.alternativeId = a.id;
        r.name = a.name;
        r.kind = a.kind;
        r.kindLabel = kindLabel(a.kind, lang);
        r.vendor = a.vendor;
        r.score = points(row.score);
        r.scoreLow = points(row.scoreLow);
        r.scoreHigh = points(row.scoreHigh);
        r.coverage = row.coverage;
        if (row.dominatedBy && *row.dominatedBy < catalog.alternatives.size()) {
            r.dominatedById = catalog.alternatives[*row.dominatedBy].id;
            r.dominatedByName = catalog.alternatives[*row.dominatedBy].name;
        }
        for (const std::size_t j : weighted) {
            r.contributions.push_back(j < row.contributions.size() ? points(row.contributions[j].contribution) : 0.0);
            r.utilities.push_back(j < row.contributions.size() ? row.contributions[j].utility : 0.0);
        }
        report.rows.push_back(std::move(r));
    }

    // The recommendation in one sentence.
    auto scorePhrase = [&](double score) {
        return fillTemplate(
            report.scoreOutOf100 ? t.scoreOutOf100 : t.scorePlain, { { "score", formatNumber(score, 1, lang) } });
    };
    if (catalog.alternatives.empty()) {
        report.recommendation = t.noAlternatives;
    } else if (report.rows.empty()) {
        report.recommendation = t.noneRanked;
    } else {
        std::size_t leaders = 1;
        while (leaders < report.rows.size() && report.rows[leaders].rank == report.rows[0].rank)
            ++leaders;
        std::vector<std::string> names;
        for (std::size_t i = 0; i < leaders; ++i) {
            names.push_back(report.rows[i].name);
            report.leaderIds.push_back(report.rows[i].alternativeId);
        }
        const ReportRow& first = report.rows[0];
        const ReportRow* next = leaders < report.rows.size() ? &report.rows[leaders] : nullptr;
        if (next)
            report.gap = first.score - next->score;
        const std::string gap = next ? formatNumber(*report.gap, 1, lang) : std::string();
        if (leaders == 1 && !next)
            report.recommendation = fillTemplate(t.recommendationOnly,
                { { "name", first.name }, { "kind", first.kindLabel }, { "scorePhrase", scorePhrase(first.score) } });
        else if (leaders == 1)
            report.recommendation = fillTemplate(t.recommendation,
                { { "name", first.name }, { "kind", first.kindLabel }, { "scorePhrase", scorePhrase(first.score) },
                    { "gap", gap }, { "runner", next->name }, { "runnerScore", formatNumber(next->score, 1, lang) } });
        else if (!next)
            report.recommendation = fillTemplate(
                t.recommendationTie, { { "names", joinNames(names, t) }, { "scorePhrase", scorePhrase(first.score) } });
        else
            report.recommendation = fillTemplate(t.recommendationTieNext,
                { { "names", joinNames(names, t) }, { "scorePhrase", scorePhrase(first.score) },
                    { "runner", next->name }, { "runnerScore", formatNumber(next->score, 1, lang) }, { "gap", gap } });
    }

    // The top N, explained.
    std::vector<CostProjection> projections;
    if (scenario.usage)
        projections = projectUsageCost(catalog, *scenario.usage, lang);
    const std::size_t topCount = std::min(options.topN, ranking.rows.size());
    for (std::size_t i = 0; i < topCount; ++i) {
        const RankedAlternative& row = ranking.rows[i];
        if (row.alternativeIndex >= catalog.alternatives.size())
            continue;
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        const Explanation why = explain(row, 3);
        ReportTopEntry entry;
        entry.rank = row.rank;
        entry.alternativeId = a.id;
        entry.name = a.name;
        entry.kindLabel = kindLabel(a.kind, lang);
        entry.vendor = a.vendor;
        entry.score = points(row.score);
        entry.coverage = row.coverage;
        entry.strongest = reasons(catalog, a, row, why.strongest, true, t, lang);
        entry.weakest = reasons(catalog, a, row, why.weakest, false, t, lang);
        if (row.alternativeIndex < projections.size())
            entry.cost = costOf(projections[row.alternativeIndex], t, lang);
        report.top.push_back(std::move(entry));
    }

    // Excluded and dominated alternatives.
    for (const Exclusion& e : ranking.excluded) {
        if (e.alternativeIndex >= catalog.alternatives.size())
            continue;
        const Alternative& a = catalog.alternatives[e.alternativeIndex];
        std::string reason = e.reason; // the engine's words are English
        if (lang == "tr" && e.constraintIndex < ranking.constraints.size()) {
            const Constraint& constraint = ranking.constraints[e.constraintIndex];
            if (const Criterion* criterion = catalog.criterion(constraint.criterionId))
                if (auto turkish = violation(constraint, *criterion, a.fact(constraint.criterionId), lang))
                    reason = std::move(*turkish);
        }
        report.excluded.push_back({ a.id, a.name,
            e.constraintIndex < ranking.constraints.size() ? ranking.constraints[e.constraintIndex].toString()
                                                           : std::string(),
            std::move(reason) });
    }
    for (const ReportRow& r : report.rows) {
        if (r.dominatedById.empty())
            continue;
        report.dominated.push_back({ r.alternativeId, r.name, r.dominatedById, r.dominatedByName,
            fillTemplate(t.dominatedText, { { "name", r.name }, { "by", r.dominatedByName } }) });
    }

    // Sensitivity.
    if (options.includeSensitivity && !ranking.rows.empty()) {
        SensitivityOptions so;
        so.samples = options.sensitivitySamples;
        so.seed = options.sensitivitySeed;
        Scenario analysed = scenario;
        analysed.method = ranking.method;
        analysed.normalisation = ranking.normalisation;
        analysed.missing = ranking.missing;
        analysed.constraints = ranking.constraints;
        ReportSensitivity rs;
        rs.method = toString(ranking.method);
        auto result = analyseSensitivity(catalog, analysed, so);
        if (const auto* error = std::get_if<RankingError>(&result)) {
            rs.note = error->message;
            rs.remarks.push_back(t.noWinProbabilities);
        } else {
            const SensitivityReport& sr = std::get<SensitivityReport>(result);
            rs.samples = sr.samples;
            rs.seed = sr.seed;
            rs.note = sr.note;
            for (const std::size_t j : weighted) {
                for (const StabilityInterval& si : sr.stability) {
                    if (si.criterionIndex != j)
                        continue;
                    rs.stability.push_back({ catalog.criteria[j].id, catalog.criteria[j].label.get(lang), si.weight,
                        si.lowTop, si.highTop, si.lowTopThree, si.highTopThree, si.equalSpread });
                }
            }
            if (sr.runnerUp && sr.runnerUp->alternativeIndex < catalog.alternatives.size()
                && sr.runnerUp->criterionIndex < n) {
                const RunnerUpChange& ru = *sr.runnerUp;
                ReportRunnerUp r;
                r.alternativeId = catalog.alternatives[ru.alternativeIndex].id;
                r.name = catalog.alternatives[ru.alternativeIndex].name;
                r.criterionId = catalog.criteria[ru.criterionIndex].id;
                r.criterion = catalog.criteria[ru.criterionIndex].label.get(lang);
                r.weight = ru.weight;
                r.newWeight = ru.newWeight;
                r.change = ru.change;
                rs.runnerUpText = ru.change <= 0.0 ? fillTemplate(t.runnerUpTied, { { "runner", r.name } })
                                                   : fillTemplate(t.runnerUpChange,
                                                       { { "runner", r.name }, { "criterion", r.criterion },
                                                           { "from", formatPercent(r.weight, 1, lang) },
                                                           { "to", formatPercent(r.newWeight, 1, lang) } });
                rs.runnerUp = r;
            } else if (ranking.method == Method::WeightedSum && ranking.rows.size() >= 2) {
                rs.runnerUpText = t.runnerUpNone;
            }
            // Largest chance first; equal chances in ranked order.
            for (const RankedAlternative& row : ranking.rows) {
                for (const WinProbability& w : sr.winProbabilities) {
                    if (w.alternativeIndex == row.alternativeIndex && w.alternativeIndex < catalog.alternatives.size())
                        rs.winProbabilities.push_back({ catalog.alternatives[w.alternativeIndex].id,
                            catalog.alternatives[w.alternativeIndex].name, w.probability });
                }
            }
            std::stable_sort(rs.winProbabilities.begin(), rs.winProbabilities.end(),
                [](const auto& a, const auto& b) { return a.probability > b.probability; });
            if (ranking.rows.size() < 2)
                rs.remarks.push_back(t.sensitivityFew);
            else if (ranking.method != Method::WeightedSum)
                rs.remarks.push_back(t.sensitivityWsmOnly);
            if (rs.winProbabilities.empty() && sr.samples > 0)
                rs.remarks.push_back(t.noWinProbabilities);
        }
        report.sensitivity = std::move(rs);
    }

    // Every fact used: ranked alternatives in rank order, weighted criteria in weight order.
    for (const RankedAlternative& row : ranking.rows) {
        if (row.alternativeIndex >= catalog.alternatives.size())
            continue;
        const Alternative& a = catalog.alternatives[row.alternativeIndex];
        for (const std::size_t j : weighted) {
            const Criterion& c = catalog.criteria[j];
            const Fact* fact = a.fact(c.id);
            ReportFact f;
            f.alternativeId = a.id;
            f.alternative = a.name;
            f.criterionId = c.id;
            f.criterion = c.label.get(lang);
            f.unit = c.unit;
            if (fact) {
                f.value = fact->value;
                f.sourceId = fact->source;
                if (const Source* source = catalog.source(fact->source))
                    f.source = source->title;
                f.asOf = fact->asOf;
                f.estimate = fact->estimate;
                f.note = fact->note;
                f.stale = fact->value.isKnown() && isOlderThan12Months(fact->asOf, today);
            }
            f.valueText = valueText(f.value, c.unit, t, lang);
            report.facts.push_back(std::move(f));
        }
    }

    // The method appendix.
    ReportMethod& m = report.method;
    m.paragraphs.push_back(t.explainWeights);
    m.paragraphs.push_back(normalisationExplanation(ranking.normalisation, t));
    switch (ranking.method) {
    case Method::WeightedSum:
        m.paragraphs.push_back(t.explainWsm);
        break;
    case Method::WeightedProduct:
        m.paragraphs.push_back(t.explainWpm);
        break;
    case Method::Topsis:
        m.paragraphs.push_back(t.explainTopsis);
        break;
    }
    m.paragraphs.push_back(fillTemplate(t.explainMissing, { { "policy", s.missingText } }));
    m.paragraphs.push_back(t.explainDominance);
    if (report.sensitivity)
        m.paragraphs.push_back(fillTemplate(t.explainSensitivity,
            { { "samples", formatNumber(static_cast<double>(options.sensitivitySamples), 0, lang) } }));
    if (scenario.usage)
        m.paragraphs.push_back(t.explainUsage);
    for (std::size_t j = 0; j < n; ++j) {
        const Criterion& c = catalog.criteria[j];
        ReportCriterion rc;
        rc.id = c.id;
        rc.label = c.label.get(lang);
        rc.type = criterionTypeId(c.type);
        rc.direction = c.direction == Direction::Cost ? "cost" : "benefit";
        rc.unit = c.unit;
        rc.lower = c.lower;
        rc.upper = c.upper;
        rc.scale = c.scale == Scale::Log ? "log" : "linear";
        rc.levels = c.levels;
        rc.boundsText = boundsText(c, t, lang);
        rc.weight = weights[j];
        m.criteria.push_back(std::move(rc));
    }
    m.references = methodReferences(ranking, report.sensitivity.has_value());
    for (const Source& src : catalog.sources)
        m.sources.push_back({ src.id, src.title, src.url, src.date });
    return report;
}

std::variant<Report, RankingError> buildReport(
    const Catalog& catalog, const Scenario& scenario, const ReportOptions& options)
{
    // A usage scenario turns prices and free quotas into the cost criteria, as in `rank`.
    const Catalog ranked = scenario.usage ? withProjectedCosts(catalog, *scenario.usage) : catalog;
    auto result = rankAlternatives(ranked, scenario);
    if (auto* error = std::get_if<RankingError>(&result))
        return *error;
    return buildReport(ranked, scenario, std::get<Ranking>(result), options);
}

} // namespace ms
