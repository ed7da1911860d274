// SPDX-License-Identifier: MIT
#include "gui/rankingtablemodel.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QString>

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
    m_hasRanking = false;
    m_byAlternative.clear();
    m_ranked.clear();
    m_searchText.clear();
    if (catalog != nullptr) {
        for (const ms::Alternative& alt : catalog->alternatives) {
            // Folded once here, so filtering while typing stays cheap.
            const QStringList parts{qs(alt.name), qs(alt.vendor), qs(alt.summary.en), qs(alt.summary.tr)};
            m_searchText << foldForSearch(parts.join(QLatin1Char('\n')));
        }
    }
    endResetModel();
}

void RankingTableModel::setRanking(const ms::Ranking& ranking)
{
    if (m_catalog == nullptr)
        return;
    const std::size_t count = m_catalog->alternatives.size();
    std::vector<ms::RankedAlternative> byAlternative(count);
    std::vector<bool> ranked(count, false);
    for (const ms::RankedAlternative& row : ranking.rows) {
        if (row.alternativeIndex < count) {
            byAlternative[row.alternativeIndex] = row;
            ranked[row.alternativeIndex] = true;
        }
    }
    m_byAlternative = std::move(byAlternative);
    m_ranked = std::move(ranked);
    m_hasRanking = true;
    m_percent = showsPercent(ranking);
    m_method = ranking.method;
    emitValuesChanged();
}

void RankingTableModel::clearRanking()
{
    if (!m_hasRanking)
        return;
    m_hasRanking = false;
    m_byAlternative.clear();
    m_ranked.clear();
    emitValuesChanged();
}

void RankingTableModel::emitValuesChanged()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    // Rank, score, coverage and notes change; name and kind do not, but one rectangle
    // is simpler for the proxy and the view than several.
    Q_EMIT dataChanged(index(0, RankColumn), index(rows - 1, NotesColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, RawValueRole, ScoreLowRole,
                        ScoreHighRole, RankedRole});
}

const ms::RankedAlternative* RankingTableModel::rankedAlternative(std::size_t alternativeIndex) const
{
    if (!m_hasRanking || alternativeIndex >= m_byAlternative.size() || !m_ranked[alternativeIndex])
        return nullptr;
    return &m_byAlternative[alternativeIndex];
}

int RankingTableModel::rowOfAlternative(const QString& id) const
{
    if (m_catalog == nullptr)
        return -1;
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_catalog->alternatives.size(); ++i) {
        if (m_catalog->alternatives[i].id == key) // byte-wise (C01)
            return static_cast<int>(i);
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
    const auto altIndex = static_cast<std::size_t>(index.row());
    const ms::Alternative& alt = m_catalog->alternatives[altIndex];
    const ms::RankedAlternative* ranked = rankedAlternative(altIndex);
    const QLocale locale;
    QString dominator;
    if (ranked != nullptr && ranked->dominatedBy && *ranked->dominatedBy < m_catalog->alternatives.size())
        dominator = qs(m_catalog->alternatives[*ranked->dominatedBy].name);
    const QString notes = dominator.isEmpty() ? QString() : tr("dominated by %1").arg(dominator);

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
        return ranked ? QVariant(ranked->scoreLow) : QVariant();
    case ScoreHighRole:
        return ranked ? QVariant(ranked->scoreHigh) : QVariant();
    case RankedRole:
        return !m_hasRanking || ranked != nullptr;
    case RawValueRole:
        switch (index.column()) {
        case RankColumn: return ranked ? QVariant(ranked->rank) : QVariant();
        case NameColumn: return qs(alt.name);
        case KindColumn: return qs(ms::kindLabel(alt.kind));
        case ScoreColumn: return ranked ? QVariant(ranked->score) : QVariant();
        case CoverageColumn: return ranked ? QVariant(ranked->coverage) : QVariant();
        case NotesColumn: return ranked ? QVariant(notes) : QVariant();
        default: return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn: return ranked ? locale.toString(ranked->rank) : QStringLiteral("–");
        case NameColumn: return qs(alt.name);
        case KindColumn: return qs(ms::kindLabel(alt.kind));
        case ScoreColumn: return ranked ? formatScoreWithRange(*ranked, m_percent) : QStringLiteral("–");
        case CoverageColumn:
            return ranked ? tr("%1 %").arg(locale.toString(ranked->coverage * 100.0, 'f', 0)) : QStringLiteral("–");
        case NotesColumn: return notes;
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
            if (ranked != nullptr && std::fabs(ranked->scoreHigh - ranked->scoreLow) > SameScore)
                tip += QLatin1Char('\n')
                    + tr("Some facts are unknown: the score could be anything from %1 (all at their worst) to %2 (all at their best).")
                          .arg(formatScore(ranked->scoreLow, m_percent), formatScore(ranked->scoreHigh, m_percent));
            return plainToolTip(tip);
        }
        case CoverageColumn:
            return tr("Share of the weight whose facts are known for this alternative.");
        case NotesColumn:
            if (notes.isEmpty())
                return {};
            return plainToolTip(tr("%1 is at least as good on every criterion you weigh, and better on one.").arg(dominator));
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
