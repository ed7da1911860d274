// SPDX-License-Identifier: MIT
#include "gui/rankingsortproxy.h"

#include <QVariant>

#include "gui/rankingtablemodel.h"
#include "gui/textfold.h"

namespace ms::gui {

RankingSortProxy::RankingSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RankingTableModel::RawValueRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void RankingSortProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_ranking = qobject_cast<RankingTableModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void RankingSortProxy::sort(int column, Qt::SortOrder order)
{
    m_requestedColumn = column;
    if (m_ranking != nullptr && column == RankingTableModel::RankColumn && order == Qt::AscendingOrder) {
        // The source is in rank order already.
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool RankingSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());

    // A missing value sorts last in ascending order.
    if (l.isValid() != r.isValid())
        return l.isValid();

    if (l.isValid()) {
        const int type = l.metaType().id();
        if (type == QMetaType::QString) {
            const int c = m_collator.compare(l.toString(), r.toString());
            if (c != 0)
                return c < 0;
        } else if (type == QMetaType::Double || type == QMetaType::Int) {
            const double a = l.toDouble();
            const double b = r.toDouble();
            if (a != b)
                return a < b;
        } else {
            const QPartialOrdering order = QVariant::compare(l, r);
            if (order == QPartialOrdering::Less)
                return true;
            if (order == QPartialOrdering::Greater)
                return false;
        }
    }
    // Ties: catalog order, which is the ranking's own tie order.
    if (m_ranking != nullptr)
        return m_ranking->alternativeIndexOfRow(left.row()) < m_ranking->alternativeIndexOfRow(right.row());
    return left.data(RankingTableModel::AlternativeIndexRole).toInt() < right.data(RankingTableModel::AlternativeIndexRole).toInt();
}

void RankingSortProxy::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const QStringList terms = foldedSearchTerms(text);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void RankingSortProxy::setKindFilter(const QString& kindId)
{
    if (kindId == m_kind)
        return;
    m_kind = kindId;
    invalidateFilter();
}

bool RankingSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_ranking != nullptr && !sourceParent.isValid()) {
        // Straight from the model: this runs for every row on each re-rank.
        if (!m_ranking->isRankedRow(sourceRow))
            return false;
        if (!m_kind.isEmpty() && m_ranking->kindOfRow(sourceRow) != m_kind)
            return false;
        return m_terms.isEmpty() || matchesSearch(m_ranking->searchTextOfRow(sourceRow), m_terms);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, RankingTableModel::NameColumn, sourceParent);
    if (!index.data(RankingTableModel::RankedRole).toBool())
        return false; // excluded by a constraint: listed apart, with the reason
    if (!m_kind.isEmpty() && index.data(RankingTableModel::KindIdRole).toString() != m_kind)
        return false;
    return matchesSearch(index.data(RankingTableModel::SearchTextRole).toString(), m_terms);
}

} // namespace ms::gui
