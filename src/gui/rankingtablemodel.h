// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms::gui {

/** Adapts a core `Ranking` over a `Catalog` to a table: one row per alternative.
 *
 *  Rows stay in catalog order (row i is `Catalog::alternatives[i]`); a re-rank only
 *  changes the rank, score and coverage cells and emits `dataChanged`, so persistent
 *  indexes (the selection) survive it. Order the rows by rank with a
 *  `RankingSortProxy`, which sorts on `RawValueRole`, never on display text (case C14).
 *  The catalog is borrowed: the caller keeps it alive until `setCatalog` is called
 *  again or the model is destroyed. All catalog text is returned as plain text. */
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, KindColumn, ScoreColumn, CoverageColumn, ColumnCount };

    enum Role {
        /** The raw value of a cell: int rank, double score and coverage in [0, 1],
         *  QString for text columns; an invalid QVariant when there is no ranking. */
        RawValueRole = Qt::UserRole + 1,
        /** The alternative's id (QString), the same in every column of a row. */
        AlternativeIdRole,
        /** The alternative's index in `Catalog::alternatives` (int). */
        AlternativeIndexRole,
    };

    explicit RankingTableModel(QObject* parent = nullptr);

    /** Shows the alternatives of `catalog` (may be nullptr) without a ranking yet. Resets the model. */
    void setCatalog(const ms::Catalog* catalog);
    /** Shows `ranking`, which must come from the current catalog. Emits dataChanged only. */
    void setRanking(const ms::Ranking& ranking);
    /** Forgets the ranking (e.g. all weights are zero): scores show as a dash. Emits dataChanged only. */
    void clearRanking();

    [[nodiscard]] const ms::Catalog* catalog() const { return m_catalog; }
    [[nodiscard]] bool hasRanking() const { return m_hasRanking; }
    /** The ranked row of catalog alternative `alternativeIndex`, or nullptr without a ranking. */
    [[nodiscard]] const ms::RankedAlternative* rankedAlternative(std::size_t alternativeIndex) const;
    /** The source row of the alternative with id `id` (byte-wise comparison), or -1. */
    [[nodiscard]] int rowOfAlternative(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void emitValuesChanged();

    const ms::Catalog* m_catalog = nullptr;
    bool m_hasRanking = false;
    std::vector<ms::RankedAlternative> m_byAlternative; ///< indexed by alternative index
};

} // namespace ms::gui
