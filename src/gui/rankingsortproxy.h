// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace ms::gui {

/** Sorts and filters a `RankingTableModel`.
 *
 *  Sorting is on the raw values (`RawValueRole`): numbers as numbers, whatever the
 *  display text or locale (case C14). Equal values keep catalog order, which is also
 *  the ranking's order for ties, so the order is total and stable. Cells without a
 *  value (no ranking yet) sort after every value.
 *
 *  Sorting by rank, ascending, is the model's own row order (RankingTableModel keeps
 *  its rows in rank order), so it is not sorted at all: `sort(RankColumn, Ascending)`
 *  shows the source order (QSortFilterProxyModel's column -1) and a re-rank costs the
 *  proxy one pass of the filter, never a sort. `sortColumn()` then returns -1;
 *  `requestedSortColumn()` says what was asked for.
 *
 *  Filtering hides the alternatives a constraint excluded (`RankedRole` false), and
 *  keeps the rows whose name, vendor or summary contains every word of the
 *  filter text, folded with foldForSearch on both sides (right for Turkish, case C02),
 *  and whose kind is the kind filter's (empty: any). Filtering only hides rows: the
 *  scores and ranks are the engine's, made before and without it. */
class RankingSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankingSortProxy(QObject* parent = nullptr);

    /** Keeps the rows that contain every word of `text` (empty: all rows). */
    void setFilterText(const QString& text);
    [[nodiscard]] QString filterText() const { return m_filterText; }
    /** Keeps the rows of kind `kindId`, e.g. "local_model" (empty: all kinds). */
    void setKindFilter(const QString& kindId);
    [[nodiscard]] QString kindFilter() const { return m_kind; }
    /** Whether a filter hides rows now. */
    [[nodiscard]] bool isFiltering() const { return !m_terms.isEmpty() || !m_kind.isEmpty(); }

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** The column last passed to sort() (RankColumn even when that is shown unsorted). */
    [[nodiscard]] int requestedSortColumn() const { return m_requestedColumn; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    class RankingTableModel* m_ranking = nullptr; ///< the source, when it is one (fast paths)
    int m_requestedColumn = -1;
    QCollator m_collator; ///< for text columns: locale order, case-insensitive, numbers as numbers
    QString m_filterText;
    QStringList m_terms; ///< m_filterText's words, folded
    QString m_kind;
};

} // namespace ms::gui
