// SPDX-License-Identifier: MIT
#include "gui/rankingtablemodel.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QString>

#include "core/decision/rankingengine.h"
#include "gui/language.h"
#include "gui/textfold.h"
#include "gui/textutil.h"

namespace ms::gui {

namespace {

/** Scores closer than this are one number (the engine's tie tolerance). */
constexpr double SameScore = 1e-12;

} // namespace

RankingTableModel::RankingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool RankingTableModel::showsPercent(const ms::Ranking& ranking)
{
    switch (ranking.normalisation) {
    case ms::Normalisation::FixedBounds:
    case ms::Normalisation::MinMax:
    case ms::Normalisation::Max:
    case ms::Normalisation::Sum:
        return true;
    case ms::Normalisation::Vector:
    case ms::Normalisation::None:
        return ranking.method == ms::Method::Topsis;
    }
    return true;
}

QString RankingTableModel::formatScore(double score, bool percent)
{
    const QLocale locale;
    if (!std::isfinite(score))
        return QStringLiteral("–");
    if (percent)
        return locale.toString(score * 100.0, 'f', 1);
    return locale.toString(score, 'g', 4);
}

QString RankingTableModel::formatScoreWithRange(const ms::RankedAlternative& row, bool percent)
{
    const QString score = formatScore(row.score, percent);
    if (std::fabs(row.scoreHigh - row.scoreLow) <= SameScore)
        return score;
    return tr("%1 (%2–%3)").arg(score, formatScore(row.scoreLow, percent), formatScore(row.scoreHigh, percent));
}

void RankingTableModel::setCatalog(const ms::Catalog* catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_engine = nullptr;
    m_hasRanking = false;
    m_byAlternative.clear();
    m_materialised.clear();
    m_searchText.clear();
    m_kinds.clear();
    m_rowAlt.clear();
    m_altRow.clear();
    m_rankedCount = 0;
    if (catalog != nullptr) {
        const std::size_t count = catalog->alternatives.size();
        m_searchText.reserve(static_cast<qsizetype>(count));
        m_kinds.reserve(static_cast<qsizetype>(count));
        for (const ms::Alternative& alt : catalog->alternatives) {
            // Folded once here, so filtering while typing stays cheap.
            const QStringList parts{qs(alt.name), qs(alt.vendor), qs(alt.summary.en), qs(alt.summary.tr)};
            m_searchText << foldForSearch(parts.join(QLatin1Char('\n')));
            m_kinds << qs(alt.kind);
        }
        m_rowAlt.resize(count);
        m_altRow.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            m_rowAlt[i] = i;
            m_altRow[i] = static_cast<int>(i);
        }
    }
    if (m_today.empty())
        m_today = ms::todayUtc();
    computeStaleness();
    endResetModel();
}

void RankingTableModel::setStaleness(const std::string& today, int months)
{
    m_today = today;
    m_staleMonths = months;
    computeStaleness();
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, StaleColumn), index(rows - 1, StaleColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, RawValueRole, StaleCountRole});
}

void RankingTableModel::computeStaleness()
{
    m_staleFacts.clear();
    m_stale.clear();
    if (m_catalog == nullptr)
        return;
    m_stale.resize(m_catalog->alternatives.size());
    m_staleFacts = ms::staleFacts(*m_catalog, m_today, m_staleMonths);
    for (std::size_t k = 0; k < m_staleFacts.size(); ++k) {
        if (m_staleFacts[k].alternativeIndex < m_stale.size())
            m_stale[m_staleFacts[k].alternativeIndex].push_back(k);
    }
}

void RankingTableModel::applyOrder(std::vector<std::size_t> order, int rankedCount, const std::function<void()>& commit)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<std::size_t> altOfPersistent;
    altOfPersistent.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex& index : from)
        altOfPersistent.push_back(m_rowAlt[static_cast<std::size_t>(index.row())]);
    m_rowAlt = std::move(order);
    m_rankedCount = rankedCount;
    if (commit)
        commit();
    for (std::size_t row = 0; row < m_rowAlt.size(); ++row)
        m_altRow[m_rowAlt[row]] = static_cast<int>(row);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype k = 0; k < from.size(); ++k)
        to << index(m_altRow[altOfPersistent[static_cast<std::size_t>(k)]], from[k].column());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

namespace {

/** Row order for a ranking: `ranked` (alternative indices, best first), then the
 *  others in catalog order. */
std::vector<std::size_t> rankOrder(std::size_t count, const std::vector<std::size_t>& ranked)
{
    std::vector<std::size_t> order = ranked;
    std::vector<char> seen(count, 0);
    for (const std::size_t a : ranked)
        seen[a] = 1;
    for (std::size_t a = 0; a < count; ++a) {
        if (!seen[a])
            order.push_back(a);
    }
    return order;
}

} // namespace

void RankingTableModel::setRanking(const ms::Ranking& ranking)
{
    if (m_catalog == nullptr)
        return;
    const std::size_t count = m_catalog->alternatives.size();
    std::vector<ms::RankedAlternative> byAlternative(count);
    std::vector<std::size_t> ranked;
    ranked.reserve(ranking.rows.size());
    for (const ms::RankedAlternative& row : ranking.rows) {
        if (row.alternativeIndex < count) {
            byAlternative[row.alternativeIndex] = row;
            ranked.push_back(row.alternativeIndex);
        }
    }
    m_engine = nullptr; // it may have ranked anew: not to be read any more
    m_hasRanking = false;
    m_materialised.clear();
    m_byAlternative.clear();
    applyOrder(rankOrder(count, ranked), static_cast<int>(ranked.size()), [&] {
        m_byAlternative = std::move(byAlternative);
        m_hasRanking = true;
        m_percent = showsPercent(ranking);
        m_method = ranking.method;
    });
}

void RankingTableModel::setEngine(const ms::RankingEngine* engine)
{
    if (m_catalog == nullptr || engine == nullptr || !engine->hasRanking()) {
        clearRanking();
        return;
    }
    const std::size_t count = m_catalog->alternatives.size();
    const std::size_t ranked = engine->size();
    // Rank positions first, then the excluded in catalog order (engine->excluded() is).
    std::vector<std::size_t> order;
    order.reserve(count);
    for (std::size_t p = 0; p < ranked; ++p)
        order.push_back(engine->alternativeAt(p));
    for (const ms::Exclusion& e : engine->excluded())
        order.push_back(e.alternativeIndex);
    if (order.size() != count)
        order = rankOrder(count, std::vector<std::size_t>(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(ranked)));
    // The engine has ranked anew already: until the rows follow, show them unranked.
    m_engine = nullptr;
    m_hasRanking = false;
    m_materialised.clear();
    m_byAlternative.clear();
    applyOrder(std::move(order), static_cast<int>(ranked), [this, engine] {
        m_engine = engine;
        m_hasRanking = true;
        ms::Ranking shape;
        shape.method = engine->method();
        shape.normalisation = engine->normalisation();
        m_percent = showsPercent(shape);
        m_method = engine->method();
    });
}

void RankingTableModel::clearRanking()
{
    m_engine = nullptr; // it may have failed to rank: not to be read any more
    if (!m_hasRanking)
        return;
    m_hasRanking = false;
    m_byAlternative.clear();
    m_materialised.clear();
    std::vector<std::size_t> order(m_rowAlt.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    applyOrder(std::move(order), 0);
}

const ms::RankedAlternative* RankingTableModel::rankedAlternative(std::size_t alternativeIndex) const
{
    if (!m_hasRanking || alternativeIndex >= m_altRow.size() || m_altRow[alternativeIndex] >= m_rankedCount)
        return nullptr;
    if (m_engine == nullptr)
        return &m_byAlternative[alternativeIndex];
    auto it = m_materialised.find(alternativeIndex);
    if (it == m_materialised.end())
        it = m_materialised.emplace(alternativeIndex, m_engine->row(static_cast<std::size_t>(m_altRow[alternativeIndex]))).first;
    return &it->second;
}

std::optional<RankingTableModel::RowValues> RankingTableModel::valuesOfRow(int row) const
{
    if (!m_hasRanking || row >= m_rankedCount)
        return std::nullopt;
    RowValues v;
    if (m_engine != nullptr) {
        const auto pos = static_cast<std::size_t>(row);
        v.rank = m_engine->rankAt(pos);
        v.score = m_engine->scoreAt(pos);
        v.low = m_engine->scoreLowAt(pos);
        v.high = m_engine->scoreHighAt(pos);
        v.coverage = m_engine->coverageAt(pos);
    } else {
        const ms::RankedAlternative& r = m_byAlternative[m_rowAlt[static_cast<std::size_t>(row)]];
        v.rank = r.rank;
        v.score = r.score;
        v.low = r.scoreLow;
        v.high = r.scoreHigh;
        v.coverage = r.coverage;
    }
    return v;
}

std::optional<std::size_t> RankingTableModel::dominatorOfRow(int row) const
{
    if (!m_hasRanking || row >= m_rankedCount)
        return std::nullopt;
    if (m_engine != nullptr)
        return m_engine->dominatedBy(static_cast<std::size_t>(row));
    return m_byAlternative[m_rowAlt[static_cast<std::size_t>(row)]].dominatedBy;
}

QString RankingTableModel::keyFacts(std::size_t alternativeIndex) const
{
    // The two criteria that add most to this alternative's score (weight x utility, known
    // facts only), with their values: what makes it rank where it does. Without a
    // ranking there is nothing to choose by, so none.
    if (m_catalog == nullptr || alternativeIndex >= m_altRow.size())
        return {};
    const int row = m_altRow[alternativeIndex];
    if (!m_hasRanking || row >= m_rankedCount)
        return {};
    const std::size_t criteria = m_catalog->criteria.size();
    std::vector<std::pair<double, std::size_t>> shares;
    shares.reserve(criteria);
    for (std::size_t j = 0; j < criteria; ++j) {
        double contribution = 0.0;
        bool missing = false;
        if (m_engine != nullptr) {
            contribution = m_engine->contributionAt(static_cast<std::size_t>(row), j);
            missing = m_engine->isMissingAt(static_cast<std::size_t>(row), j);
        } else {
            const auto& contributions = m_byAlternative[alternativeIndex].contributions;
            if (j >= contributions.size())
                break;
            contribution = contributions[j].contribution;
            missing = contributions[j].missing;
        }
        if (!missing && contribution > 0.0)
            shares.emplace_back(contribution, j);
    }
    std::stable_sort(shares.begin(), shares.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    const ms::Alternative& alt = m_catalog->alternatives[alternativeIndex];
    for (std::size_t k = 0; k < shares.size() && k < 2; ++k) {
        const ms::Criterion& criterion = m_catalog->criteria[shares[k].second];
        const ms::Fact* fact = alt.fact(criterion.id);
        if (fact == nullptr)
            continue;
        parts << tr("%1 %2").arg(qs(criterion.label.get(catalogLanguage())), formatFactValue(fact->value, criterion.unit));
    }
    return parts.join(QStringLiteral(" · "));
}

int RankingTableModel::rowOfAlternativeIndex(std::size_t alternativeIndex) const
{
    return alternativeIndex < m_altRow.size() ? m_altRow[alternativeIndex] : -1;
}

int RankingTableModel::rowOfAlternative(const QString& id) const
{
    if (m_catalog == nullptr)
        return -1;
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_catalog->alternatives.size(); ++i) {
        if (m_catalog->alternatives[i].id == key) // byte-wise (C01)
            return m_altRow[i];
    }
    return -1;
}

int RankingTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_catalog == nullptr)
        return 0;
    return static_cast<int>(m_catalog->alternatives.size());
}

int RankingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A view asks for a dozen roles per cell and paint (font, colours, decoration, check
    // state, size hint...): answer the ones not given here before any work.
    switch (role) {
    case Qt::DisplayRole: case Qt::AccessibleTextRole: case Qt::ToolTipRole: case Qt::TextAlignmentRole:
    case RawValueRole: case AlternativeIdRole: case AlternativeIndexRole: case SearchTextRole: case KindIdRole:
    case ScoreLowRole: case ScoreHighRole: case RankedRole: case StaleCountRole:
        break;
    default:
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case RankColumn:
        case ScoreColumn:
        case CoverageColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    const int row = index.row();
    const std::size_t altIndex = m_rowAlt[static_cast<std::size_t>(row)];
    const ms::Alternative& alt = m_catalog->alternatives[altIndex];
    // Roles that need no scores (the proxy's filter and the selection read them).
    switch (role) {
    case AlternativeIdRole: return qs(alt.id);
    case AlternativeIndexRole: return static_cast<int>(altIndex);
    case SearchTextRole: return m_searchText.value(static_cast<qsizetype>(altIndex));
    case KindIdRole: return qs(alt.kind);
    case RankedRole: return isRankedRow(row);
    case StaleCountRole: return altIndex < m_stale.size() ? static_cast<int>(m_stale[altIndex].size()) : 0;
    default: break;
    }
    // Scores only for the columns that show them (coverage and the range read every criterion).
    const int column = index.column();
    const bool wantsValues = role == ScoreLowRole || role == ScoreHighRole || column == RankColumn
        || column == ScoreColumn || column == CoverageColumn || column == NotesColumn;
    const std::optional<RowValues> values = wantsValues ? valuesOfRow(row) : std::nullopt;
    const RowValues* ranked = values ? &*values : nullptr;
    const QLocale locale;
    // The dominator is looked up only for the cells that show it (the engine finds it on demand).
    const bool wantsNotes = index.column() == NotesColumn
        && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole || role == RawValueRole);
    QString dominator;
    if (wantsNotes) {
        const auto by = dominatorOfRow(row);
        if (by && *by < m_catalog->alternatives.size())
            dominator = qs(m_catalog->alternatives[*by].name);
    }
    const QString notes = dominator.isEmpty() ? QString() : tr("dominated by %1").arg(dominator);
    const std::vector<std::size_t> noStale;
    const std::vector<std::size_t>& stale = altIndex < m_stale.size() ? m_stale[altIndex] : noStale;

    switch (role) {
    case AlternativeIdRole:
        return qs(alt.id);
    case AlternativeIndexRole:
        return static_cast<int>(altIndex);
    case SearchTextRole:
        return m_searchText.value(static_cast<qsizetype>(altIndex));
    case KindIdRole:
        return qs(alt.kind);
    case ScoreLowRole:
        return ranked ? QVariant(ranked->low) : QVariant();
    case ScoreHighRole:
        return ranked ? QVariant(ranked->high) : QVariant();
    case RankedRole:
        return !m_hasRanking || ranked != nullptr;
    case StaleCountRole:
        return static_cast<int>(stale.size());
    case RawValueRole:
        switch (index.column()) {
        case RankColumn: return ranked ? QVariant(ranked->rank) : QVariant();
        case NameColumn: return qs(alt.name);
        case KindColumn: return qs(ms::kindLabel(alt.kind, catalogLanguage()));
        case ScoreColumn: return ranked ? QVariant(ranked->score) : QVariant();
        case CoverageColumn: return ranked ? QVariant(ranked->coverage) : QVariant();
        case NotesColumn: return ranked ? QVariant(notes) : QVariant();
        case StaleColumn: return static_cast<int>(stale.size());
        case KeyFactsColumn: return keyFacts(altIndex);
        default: return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn: return ranked ? locale.toString(ranked->rank) : QStringLiteral("–");
        case NameColumn: return qs(alt.name);
        case KindColumn: return qs(ms::kindLabel(alt.kind, catalogLanguage()));
        case ScoreColumn: {
            if (!ranked)
                return QStringLiteral("–");
            ms::RankedAlternative shown;
            shown.score = ranked->score;
            shown.scoreLow = ranked->low;
            shown.scoreHigh = ranked->high;
            return formatScoreWithRange(shown, m_percent);
        }
        case CoverageColumn:
            return ranked ? tr("%1 %").arg(locale.toString(ranked->coverage * 100.0, 'f', 0)) : QStringLiteral("–");
        case NotesColumn: return notes;
        case StaleColumn:
            return stale.empty() ? QString() : tr("⚠ %1").arg(locale.toString(static_cast<qulonglong>(stale.size())));
        case KeyFactsColumn: return keyFacts(altIndex);
        default: return {};
        }
    case Qt::ToolTipRole:
        // Catalog text in a tooltip would be taken as rich text: only escaped here.
        switch (index.column()) {
        case ScoreColumn: {
            QString tip;
            switch (m_method) {
            case ms::Method::WeightedSum: tip = tr("Weighted sum of the normalised facts"); break;
            case ms::Method::WeightedProduct: tip = tr("Weighted product of the normalised facts"); break;
            case ms::Method::Topsis: tip = tr("Closeness to the ideal alternative (TOPSIS)"); break;
            }
            tip += m_percent ? tr(", 0 to 100.") : tr(", in the criteria's own units.");
            if (ranked != nullptr && std::fabs(ranked->high - ranked->low) > SameScore)
                tip += QLatin1Char('\n')
                    + tr("Some facts are unknown: the score could be anything from %1 (all at their worst) to %2 (all at their best).")
                          .arg(formatScore(ranked->low, m_percent), formatScore(ranked->high, m_percent));
            return plainToolTip(tip);
        }
        case CoverageColumn:
            return tr("Share of the weight whose facts are known for this alternative.");
        case NotesColumn:
            if (notes.isEmpty())
                return {};
            return plainToolTip(tr("%1 is at least as good on every criterion you weigh, and better on one.").arg(dominator));
        case StaleColumn: {
            if (stale.empty())
                return {};
            // Which facts, oldest reading first as the catalog lists them (at most ten lines).
            QStringList lines;
            lines << tr("%n fact(s) older than %1 months; check them at their source:", nullptr, static_cast<int>(stale.size()))
                         .arg(locale.toString(m_staleMonths));
            for (std::size_t k = 0; k < stale.size() && k < 10; ++k) {
                const ms::StaleFact& f = m_staleFacts[stale[k]];
                QString what = qs(f.criterionOrDetail);
                if (!f.detail) {
                    if (const ms::Criterion* c = m_catalog->criterion(f.criterionOrDetail))
                        what = qs(c->label.get(catalogLanguage()));
                }
                lines << tr("%1: as of %2, %n month(s) old", nullptr, f.monthsOld).arg(what, qs(f.asOf));
            }
            if (stale.size() > 10)
                lines << tr("… and %1 more").arg(locale.toString(static_cast<qulonglong>(stale.size() - 10)));
            return plainToolTip(lines.join(QLatin1Char('\n')));
        }
        case KeyFactsColumn: {
            const QString facts = keyFacts(altIndex);
            return facts.isEmpty() ? QVariant() : QVariant(plainToolTip(tr("What adds most to this score: %1").arg(facts)));
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RankColumn:
        case ScoreColumn:
        case CoverageColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("#");
        case NameColumn: return tr("Alternative");
        case KindColumn: return tr("Kind");
        case ScoreColumn: return tr("Score");
        case CoverageColumn: return tr("Known");
        case NotesColumn: return tr("Notes");
        case StaleColumn: return tr("Stale");
        case KeyFactsColumn: return tr("Key facts");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn: return tr("Rank: tied scores share a rank");
        case NameColumn: return tr("The model, API or character service");
        case KindColumn: return tr("Local model, online model API or character service");
        case ScoreColumn:
            return tr("The score the ranking uses; in brackets, its range when facts are unknown");
        case CoverageColumn: return tr("Share of the weight whose facts are known");
        case NotesColumn: return tr("Dominated: another alternative is at least as good on every criterion you weigh");
        case StaleColumn: return tr("How many of the alternative's facts are older than %1 months").arg(QLocale().toString(m_staleMonths));
        case KeyFactsColumn: return tr("The two criteria that add most to the score, with their values");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
        case RankColumn:
        case ScoreColumn:
        case CoverageColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ms::gui
