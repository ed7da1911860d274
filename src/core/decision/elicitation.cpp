// SPDX-License-Identifier: MIT
#include "core/decision/elicitation.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "core/util/text.h"

namespace ms {

namespace {

using nlohmann::json;

/** Six significant digits, '.' as the separator under every locale: "3", "0.333333". */
std::string formatNumber(double v)
{
    std::array<char, 64> buf {};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::general, 6);
    return std::string(buf.data(), r.ptr);
}

std::string entry(std::size_t row, std::size_t column)
{
    return "(row " + std::to_string(row + 1) + ", column " + std::to_string(column + 1) + ")";
}

std::string criteriaAbove(std::size_t count)
{
    if (count == 0)
        return "no criterion is";
    if (count == 1)
        return "1 criterion is";
    return std::to_string(count) + " criteria are";
}

constexpr std::size_t kMaxAhpCriteria = 10;
constexpr double kConvergence = 1e-12;
constexpr int kMaxIterations = 10000;
constexpr double kReciprocalTolerance = 1e-6;
constexpr double kWorstPairTie = 1e-9;
constexpr double kAcceptableRatio = 0.1;

// Index n - 1 holds RI(n).
constexpr std::array<double, kMaxAhpCriteria> kSaaty1980 = { 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };
constexpr std::array<double, kMaxAhpCriteria> kDoneganDodd1991
    = { 0.0, 0.0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055 };

std::string_view trimSpaces(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/** A whole decimal number, locale-free; nothing else may follow it. */
bool parseDecimal(std::string_view text, double& out)
{
    text = trimSpaces(text);
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

/** JSON text for an error message, cut short so one bad entry cannot flood it. */
std::string shortDump(const json& value)
{
    std::string s = value.dump();
    if (s.size() > 40)
        s = s.substr(0, 37) + "...";
    return s;
}

/** Refuses deep nesting before the recursive parser sees it. Brackets inside strings
 *  do not count; malformed structure is left for the parser to report. */
bool nestedDeeperThan(std::string_view text, std::size_t limit)
{
    std::size_t depth = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

} // namespace

std::variant<std::vector<double>, RankingError> rankOrderCentroidWeights(const std::vector<int>& positions)
{
    const std::size_t n = positions.size();
    if (n == 0)
        return RankingError { "no criteria to weight: give each criterion a position (1 = most important)" };

    // count[p] = how many criteria sit at position p (1-based); first[p] = the first of them.
    std::vector<std::size_t> count(n + 1, 0);
    std::vector<std::size_t> first(n + 1, 0);
    for (std::size_t c = 0; c < n; ++c) {
        const int p = positions[c];
        if (p < 1)
            return RankingError { "criterion " + std::to_string(c + 1) + " has position " + std::to_string(p)
                + ": positions start at 1 (1 = most important)" };
        if (static_cast<std::size_t>(p) > n)
            return RankingError { "criterion " + std::to_string(c + 1) + " has position " + std::to_string(p)
                + ", but there "
                + (n == 1 ? std::string("is only 1 criterion") : "are only " + std::to_string(n) + " criteria") };
        if (count[static_cast<std::size_t>(p)]++ == 0)
            first[static_cast<std::size_t>(p)] = c;
    }

    // Standard competition ranking: a used position equals 1 + the number ranked above it.
    std::size_t above = 0;
    for (std::size_t p = 1; p <= n; ++p) {
        if (count[p] == 0)
            continue;
        if (p != above + 1)
            return RankingError { "criterion " + std::to_string(first[p] + 1) + " has position " + std::to_string(p)
                + ", but " + criteriaAbove(above)
                + " ranked above it: write ties in standard competition ranking (1, 2, 2, 4), "
                  "so its position is "
                + std::to_string(above + 1) };
        above += count[p];
    }

    // roc[k - 1] = w_k = (1/n) * sum_{i=k..n} 1/i, summed from the small end.
    std::vector<double> roc(n);
    double tail = 0.0;
    for (std::size_t k = n; k >= 1; --k) {
        tail += 1.0 / static_cast<double>(k);
        roc[k - 1] = tail / static_cast<double>(n);
    }

    // Criteria tied over positions p..p+m-1 share the mean of those ROC weights.
    std::vector<double> shared(n + 1, 0.0);
    for (std::size_t p = 1; p <= n; ++p) {
        if (count[p] == 0)
            continue;
        double sum = 0.0;
        for (std::size_t k = p; k < p + count[p]; ++k)
            sum += roc[k - 1];
        shared[p] = sum / static_cast<double>(count[p]);
    }

    std::vector<double> weights(n);
    for (std::size_t c = 0; c < n; ++c)
        weights[c] = shared[static_cast<std::size_t>(positions[c])];
    return weights;
}

double randomIndex(std::size_t n, RandomIndexTable table)
{
    if (n < 1 || n > kMaxAhpCriteria)
        return std::numeric_limits<double>::quiet_NaN();
    return table == RandomIndexTable::DoneganDodd1991 ? kDoneganDodd1991[n - 1] : kSaaty1980[n - 1];
}

std::variant<AhpResult, RankingError> analyticHierarchyProcess(
    const std::vector<std::vector<double>>& pairwise, RandomIndexTable table)
{
    const std::size_t n = pairwise.size();
    if (n == 0)
        return RankingError { "the pairwise comparison matrix is empty: compare at least one criterion" };
    if (n > kMaxAhpCriteria)
        return RankingError { "the pairwise comparison matrix has " + std::to_string(n)
            + " rows, but at most 10 criteria are supported (the random index tables stop at 10)" };
    for (std::size_t i = 0; i < n; ++i)
        if (pairwise[i].size() != n)
            return RankingError { "row " + std::to_string(i + 1) + " of the pairwise comparison matrix has "
                + std::to_string(pairwise[i].size()) + (pairwise[i].size() == 1 ? " entry" : " entries")
                + ", but there are " + std::to_string(n) + " rows: the matrix must be square" };
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (!std::isfinite(pairwise[i][j]) || !(pairwise[i][j] > 0))
                return RankingError { "entry " + entry(i, j) + " of the pairwise comparison matrix is "
                    + formatNumber(pairwise[i][j]) + ": every comparison must be a finite number > 0" };
    for (std::size_t i = 0; i < n; ++i)
        if (std::abs(pairwise[i][i] - 1.0) > kReciprocalTolerance)
            return RankingError { "entry " + entry(i, i) + " of the pairwise comparison matrix is "
                + formatNumber(pairwise[i][i]) + ": a criterion compared with itself must be 1" };
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double aij = pairwise[i][j];
            const double aji = pairwise[j][i];
            // a_ji == 1/a_ij within 1e-6 relative <=> |a_ij * a_ji - 1| <= 1e-6.
            if (std::abs(aij * aji - 1.0) > kReciprocalTolerance)
                return RankingError { "entries " + entry(i, j) + " = " + formatNumber(aij) + " and " + entry(j, i)
                    + " = " + formatNumber(aji)
                    + " of the pairwise comparison matrix are not reciprocal: their product must be 1, "
                      "e.g. "
                    + entry(j, i) + " = 1/" + formatNumber(aij) + " = " + formatNumber(1.0 / aij) };
        }

    // Start from the row geometric means (already the answer for a consistent matrix),
    // then power-iterate towards the Perron vector.
    std::vector<double> w(n);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double logSum = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            logSum += std::log(pairwise[i][j]);
        w[i] = std::exp(logSum / static_cast<double>(n));
        total += w[i];
    }
    for (double& x : w)
        x /= total;

    std::vector<double> next(n);
    bool converged = false;
    for (int iteration = 0; iteration < kMaxIterations && !converged; ++iteration) {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                s += pairwise[i][j] * w[j];
            next[i] = s;
            sum += s;
        }
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w.swap(next);
        converged = change <= kConvergence;
    }
    if (!converged)
        return RankingError { "the principal eigenvector of the pairwise comparison matrix did not converge in "
            + std::to_string(kMaxIterations) + " power iterations" };

    AhpResult result;
    result.lambdaMax = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            result.lambdaMax += pairwise[i][j] * w[j];
    if (n > 2) {
        result.consistencyIndex
            = std::max(0.0, (result.lambdaMax - static_cast<double>(n)) / static_cast<double>(n - 1));
        result.randomIndex = randomIndex(n, table);
        result.consistencyRatio = result.consistencyIndex / result.randomIndex;
    }
    result.acceptable = result.consistencyRatio <= kAcceptableRatio;

    if (n > 1) {
        double worst = -1.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double deviation = std::abs(std::log(pairwise[i][j]) + std::log(w[j]) - std::log(w[i]));
                if (deviation > worst + kWorstPairTie) {
                    worst = deviation;
                    result.worstRow = i;
                    result.worstColumn = j;
                }
            }
    }
    result.weights = std::move(w);

    if (!result.acceptable) {
        std::string ratio = formatFixed(result.consistencyRatio, 3);
        if (ratio == "0.100") // just above the threshold: show enough digits to see it
            ratio = formatNumber(result.consistencyRatio);
        result.warning = "consistency ratio " + ratio
            + " is above 0.10: the judgements are inconsistent; review the comparison of criterion "
            + std::to_string(result.worstRow + 1) + " with criterion " + std::to_string(result.worstColumn + 1);
    }
    return result;
}

std::variant<SaatyMatrix, RankingError> parseSaatyMatrix(std::string_view jsonText)
{
    constexpr std::size_t kMaxDepth = 8;
    if (nestedDeeperThan(jsonText, kMaxDepth))
        return RankingError { "the pairwise comparison JSON is nested deeper than " + std::to_string(kMaxDepth)
            + " levels" };

    json doc;
    try {
        doc = json::parse(jsonText.begin(), jsonText.end());
    } catch (const json::parse_error& e) {
        return RankingError { "the pairwise comparison text is not valid JSON (error near byte "
            + std::to_string(e.byte) + ")" };
    } catch (const json::exception&) {
        return RankingError { "the pairwise comparison text is not valid JSON (a number is out of range)" };
    }

    if (!doc.is_object())
        return RankingError { "the pairwise comparison JSON must be an object with a \"pairwise\" array" };
    const auto pw = doc.find("pairwise");
    if (pw == doc.end() || !pw->is_array())
        return RankingError { "the pairwise comparison JSON has no \"pairwise\" array" };

    SaatyMatrix out;
    for (std::size_t i = 0; i < pw->size(); ++i) {
        const json& row = (*pw)[i];
        if (!row.is_array())
            return RankingError { "row " + std::to_string(i + 1) + " of \"pairwise\" is " + shortDump(row)
                + ", not an array" };
        std::vector<double> values;
        values.reserve(row.size());
        for (std::size_t j = 0; j < row.size(); ++j) {
            const json& cell = row[j];
            if (cell.is_number()) {
                values.push_back(cell.get<double>());
                continue;
            }
            const std::string bad = "entry " + entry(i, j) + " of \"pairwise\" is " + shortDump(cell);
            if (!cell.is_string())
                return RankingError { bad + ": give a number or a fraction such as \"1/5\"" };
            const std::string& text = cell.get_ref<const std::string&>();
            const std::string_view sv(text);
            const std::size_t slash = sv.find('/');
            double p = 0.0;
            double q = 1.0;
            const bool ok = slash == std::string_view::npos
                ? parseDecimal(sv, p)
                : parseDecimal(sv.substr(0, slash), p) && parseDecimal(sv.substr(slash + 1), q);
            if (!ok)
                return RankingError { bad
                    + ": give a number or a fraction p/q such as \"1/5\" ('.' as the decimal separator)" };
            if (q == 0.0)
                return RankingError { bad + ": division by zero" };
            values.push_back(p / q);
        }
        out.pairwise.push_back(std::move(values));
    }

    const auto names = doc.find("criteria");
    if (names != doc.end()) {
        if (!names->is_array())
            return RankingError { "\"criteria\" must be an array of names" };
        std::set<std::string> seen;
        for (std::size_t c = 0; c < names->size(); ++c) {
            const json& name = (*names)[c];
            if (!name.is_string() || name.get_ref<const std::string&>().empty())
                return RankingError { "criterion " + std::to_string(c + 1) + " of \"criteria\" is " + shortDump(name)
                    + ": give a non-empty name" };
            const std::string& s = name.get_ref<const std::string&>();
            if (!seen.insert(s).second)
                return RankingError { "criterion \"" + s + "\" is named twice in \"criteria\"" };
            out.criteria.push_back(s);
        }
        if (out.criteria.size() != out.pairwise.size())
            return RankingError { "\"criteria\" has " + std::to_string(out.criteria.size())
                + (out.criteria.size() == 1 ? " name" : " names") + ", but \"pairwise\" has "
                + std::to_string(out.pairwise.size()) + (out.pairwise.size() == 1 ? " row" : " rows") };
    }
    return out;
}

} // namespace ms
