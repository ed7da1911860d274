// SPDX-License-Identifier: MIT
#include "gui/rankingtablemodel.h"

#include <QLocale>
#include <QString>

namespace ms::gui {

namespace {

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

RankingTableModel::RankingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankingTableModel::setCatalog(const ms::Catalog* catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_hasRanking = false;
    m_byAlternative.clear();
    endResetModel();
}

void RankingTableModel::setRanking(const ms::Ranking& ranking)
{
    if (m_catalog == nullptr)
        return;
    std::vector<ms::RankedAlternative> byAlternative(m_catalog->alternatives.size());
    for (const ms::RankedAlternative& row : ranking.rows) {
        if (row.alternativeIndex < byAlternative.size())
            byAlternative[row.alternativeIndex] = row;
    }
    m_byAlternative = std::move(byAlternative);
    m_hasRanking = true;
    emitValuesChanged();
}

void RankingTableModel::clearRanking()
{
    if (!m_hasRanking)
        return;
    m_hasRanking = false;
    m_byAlternative.clear();
    emitValuesChanged();
}

void RankingTableModel::emitValuesChanged()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    // Rank, score and coverage change; the name and kind columns do not, but one
    // rectangle is simpler for the proxy and the view than three.
    Q_EMIT dataChanged(index(0, RankColumn), index(rows - 1, CoverageColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, RawValueRole});
}

const ms::RankedAlternative* RankingTableModel::rankedAlternative(std::size_t alternativeIndex) const
{
    if (!m_hasRanking || alternativeIndex >= m_byAlternative.size())
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

    switch (role) {
    case AlternativeIdRole:
        return fromUtf8(alt.id);
    case AlternativeIndexRole:
        return index.row();
    case RawValueRole:
        switch (index.column()) {
        case RankColumn: return ranked ? QVariant(ranked->rank) : QVariant();
        case NameColumn: return fromUtf8(alt.name);
        case KindColumn: return fromUtf8(ms::kindLabel(alt.kind));
        case ScoreColumn: return ranked ? QVariant(ranked->score) : QVariant();
        case CoverageColumn: return ranked ? QVariant(ranked->coverage) : QVariant();
        default: return {};
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn: return ranked ? locale.toString(ranked->rank) : QStringLiteral("–");
        case NameColumn: return fromUtf8(alt.name);
        case KindColumn: return fromUtf8(ms::kindLabel(alt.kind));
        case ScoreColumn: return ranked ? locale.toString(ranked->score * 100.0, 'f', 1) : QStringLiteral("–");
        case CoverageColumn:
            return ranked ? tr("%1 %").arg(locale.toString(ranked->coverage * 100.0, 'f', 0))
                          : QStringLiteral("–");
        default: return {};
        }
    case Qt::ToolTipRole:
        // Only our own text here: catalog text in a tooltip would be taken as rich text.
        switch (index.column()) {
        case ScoreColumn:
            return tr("Weighted sum of the normalised facts, 0 to 100. Unknown facts count as 0.");
        case CoverageColumn:
            return tr("Share of the weight whose facts are known for this alternative.");
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
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn: return tr("Rank: tied scores share a rank");
        case NameColumn: return tr("The model, API or character service");
        case KindColumn: return tr("Local model, online model API or character service");
        case ScoreColumn: return tr("Weighted sum score, 0 to 100");
        case CoverageColumn: return tr("Share of the weight whose facts are known");
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
