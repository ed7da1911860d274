// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms::gui {

/** The facts of 2–4 alternatives side by side: one row per criterion (weighted
 *  criteria first, heaviest first, then the criteria weighted 0), one column per
 *  alternative (in the order given). A cell shows the fact with its unit, or
 *  "unknown". In each row the best known value (highest utility) is marked through
 *  `Qt::FontRole` (bold) and `Qt::BackgroundRole` (a tint) when at least two known
 *  values differ (ties share the mark); unknown facts are never best.
 *
 *  The model copies what it shows: the catalog and ranking may go away afterwards.
 *  All catalog text is returned as plain text (case C19). */
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /** The utility (double in [0, 1]) the ranking gave the fact; invalid for unranked alternatives. */
        RawValueRole = Qt::UserRole + 1,
        /** bool: this cell holds the best value of its row. */
        IsBestRole,
        /** The criterion id of the row (QString). */
        CriterionIdRole,
        /** The alternative id of the column (QString). */
        AlternativeIdRole,
    };

    explicit CompareModel(QObject* parent = nullptr);

    /** Shows `alternativeIndices` (indices into Catalog::alternatives) of `catalog`
     *  under `ranking`, which must come from `catalog`. Resets the model. */
    void setSelection(const ms::Catalog& catalog, const ms::Ranking& ranking,
                      const std::vector<std::size_t>& alternativeIndices);
    /** Empties the model. Resets the model. */
    void clear();

    /** The row of criterion `criterionId`, or -1. */
    [[nodiscard]] int rowOfCriterion(const QString& criterionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QString text;
        QString toolTip;
        double utility = 0.0;
        bool ranked = false;
        bool known = false;
        bool estimate = false;
        bool best = false;
    };
    struct Row {
        QString criterionId;
        QString label;
        QString toolTip;
        double weight = 0.0;
        std::vector<Cell> cells;
    };
    struct Column {
        QString alternativeId;
        QString name;
        QString toolTip;
    };

    std::vector<Row> m_rows;
    std::vector<Column> m_columns;
};

} // namespace ms::gui
