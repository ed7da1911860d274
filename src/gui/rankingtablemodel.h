// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"

namespace ms::gui {

/** Adapts a core `Ranking` over a `Catalog` to a table: one row per alternative.
 *
 *  Rows stay in catalog order (row i is `Catalog::alternatives[i]`); order them by rank
 *  with a `RankingSortProxy`, which sorts on `RawValueRole`, never on display text (case
 *  C14). A re-rank only changes the rank, score, coverage and notes cells and emits one
 *  `dataChanged`, never a reset, so persistent indexes (the selection) survive it. An
 *  alternative that a constraint excluded keeps its row without values and with
 *  `RankedRole` false; the proxy hides it. The catalog is borrowed: the caller keeps it
 *  alive until `setCatalog` is called again or the model is destroyed. All catalog text
 *  is returned as plain text. */
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, KindColumn, ScoreColumn, CoverageColumn, NotesColumn, ColumnCount };

    enum Role {
        /** The raw value of a cell: int rank, double score and coverage in [0, 1],
         *  QString for text columns; an invalid QVariant when there is no ranking. */
        RawValueRole = Qt::UserRole + 1,
        /** The alternative's id (QString), the same in every column of a row. */
        AlternativeIdRole,
        /** The alternative's index in `Catalog::alternatives` (int). */
        AlternativeIndexRole,
        /** Name, vendor and summaries folded with foldForSearch (QString), for filtering. */
        SearchTextRole,
        /** The alternative's kind id, e.g. "local_model" (QString). */
        KindIdRole,
        /** The score with every unknown fact at its worst / best (double); invalid without a ranking. */
        ScoreLowRole,
        ScoreHighRole,
        /** Whether the row is shown (bool): true without a ranking, else whether the
         *  ranking ranks it (false: a constraint excluded it). */
        RankedRole,
    };

    explicit RankingTableModel(QObject* parent = nullptr);

    /** Shows every alternative of `catalog` (may be nullptr) without a ranking yet. Resets the model. */
    void setCatalog(const ms::Catalog* catalog);
    /** Shows `ranking`, which must come from the current catalog (or a copy of it with
     *  the same alternatives, e.g. with projected costs). Emits dataChanged only. */
    void setRanking(const ms::Ranking& ranking);
    /** Forgets the ranking (e.g. all weights are zero): scores show as a dash; the rows
     *  stay. Emits dataChanged only. */
    void clearRanking();

    [[nodiscard]] const ms::Catalog* catalog() const { return m_catalog; }
    [[nodiscard]] bool hasRanking() const { return m_hasRanking; }
    /** The ranked row of catalog alternative `alternativeIndex`, or nullptr (no ranking, or excluded). */
    [[nodiscard]] const ms::RankedAlternative* rankedAlternative(std::size_t alternativeIndex) const;
    /** The source row of the alternative with id `id` (byte-wise comparison), or -1. */
    [[nodiscard]] int rowOfAlternative(const QString& id) const;

    /** Whether scores of `ranking` are shown on a 0–100 scale (normalised methods) or as
     *  raw numbers (raw values, vector normalisation outside TOPSIS). */
    [[nodiscard]] static bool showsPercent(const ms::Ranking& ranking);
    /** A score as shown: "70.0" on the 0–100 scale, else the raw number; locale-formatted. */
    [[nodiscard]] static QString formatScore(double score, bool percent);
    /** A score with its interval when facts are missing: "25.0 (25.0–50.0)". */
    [[nodiscard]] static QString formatScoreWithRange(const ms::RankedAlternative& row, bool percent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void emitValuesChanged();

    const ms::Catalog* m_catalog = nullptr;
    bool m_hasRanking = false;
    bool m_percent = true;
    ms::Method m_method = ms::Method::WeightedSum;
    std::vector<ms::RankedAlternative> m_byAlternative;  ///< indexed by alternative index
    std::vector<bool> m_ranked;                          ///< indexed by alternative index
    QStringList m_searchText;                            ///< folded, indexed by alternative index
};

} // namespace ms::gui
