// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/catalog/staleness.h"
#include "core/decision/ranking.h"

namespace ms {
class RankingEngine;
}

namespace ms::gui {

/** Adapts a core ranking over a `Catalog` to a table: one row per alternative.
 *
 *  Rows are in rank order: the ranked alternatives best first (ties in catalog order),
 *  then the excluded ones in catalog order; without a ranking, catalog order. Use
 *  `AlternativeIndexRole`, `alternativeIndexOfRow` or `rowOfAlternative` to go between
 *  rows and `Catalog::alternatives`. A `RankingSortProxy` over it shows the rank order
 *  as it is (no sort) and sorts other columns on `RawValueRole`, never on display text
 *  (case C14). A re-rank emits one `layoutChanged` (rows moved, persistent indexes
 *  moved with their alternative, so the selection survives), never a reset and no
 *  `dataChanged`: it costs O(rows) plus the persistent indexes, nothing per cell. An
 *  alternative that a constraint excluded keeps its row without values and with
 *  `RankedRole` false; the proxy hides it.
 *
 *  The ranking comes either from a `RankingEngine` (`setEngine`: nothing is copied;
 *  contributions, dominators and key facts are computed for the rows asked for) or from
 *  a whole `ms::Ranking` (`setRanking`). The catalog is borrowed: the caller keeps it
 *  alive until `setCatalog` is called again or the model is destroyed. All catalog text
 *  is returned as plain text. */
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        KindColumn,
        ScoreColumn,
        CoverageColumn,
        NotesColumn,    ///< the dominance badge: "dominated by X"
        StaleColumn,    ///< the stale-data badge: how many facts are stale (tooltip: which)
        KeyFactsColumn, ///< the two criteria that add most to the score, with their values
        ColumnCount
    };

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
        /** Number of the alternative's facts older than the staleness threshold (int). */
        StaleCountRole,
    };

    explicit RankingTableModel(QObject* parent = nullptr);

    /** Shows every alternative of `catalog` (may be nullptr) without a ranking yet. Resets the model. */
    void setCatalog(const ms::Catalog* catalog);
    /** Shows `ranking`, which must come from the current catalog (or a copy of it with
     *  the same alternatives, e.g. with projected costs). Emits dataChanged only. */
    void setRanking(const ms::Ranking& ranking);
    /** Shows the current ranking of `engine` (borrowed: it must stay alive and must not
     *  rank again until this is called again, or `clearRanking`/`setCatalog`). Its
     *  catalog must have the same alternatives as the model's. Emits layoutChanged only. */
    void setEngine(const ms::RankingEngine* engine);
    /** Forgets the ranking (e.g. all weights are zero): scores show as a dash; the rows
     *  go back to catalog order. Emits layoutChanged only. */
    void clearRanking();
    /** Facts dated more than `months` months before `today` ("YYYY-MM-DD") are stale
     *  (ms::staleFacts). setCatalog uses today in UTC and 12 months. */
    void setStaleness(const std::string& today, int months);

    [[nodiscard]] const ms::Catalog* catalog() const { return m_catalog; }
    [[nodiscard]] bool hasRanking() const { return m_hasRanking; }
    /** The ranked row of catalog alternative `alternativeIndex`, or nullptr (no ranking, or excluded). */
    [[nodiscard]] const ms::RankedAlternative* rankedAlternative(std::size_t alternativeIndex) const;
    /** The row of the alternative with id `id` (byte-wise comparison), or -1. */
    [[nodiscard]] int rowOfAlternative(const QString& id) const;
    /** The row of catalog alternative `alternativeIndex`, or -1. */
    [[nodiscard]] int rowOfAlternativeIndex(std::size_t alternativeIndex) const;
    /** The catalog alternative index shown in `row` (0 <= row < rowCount()). */
    [[nodiscard]] std::size_t alternativeIndexOfRow(int row) const { return m_rowAlt[static_cast<std::size_t>(row)]; }
    /** Whether `row` is a ranked row (not excluded; true for every row without a ranking). */
    [[nodiscard]] bool isRankedRow(int row) const { return !m_hasRanking || row < m_rankedCount; }
    /** The folded search text and the kind id of `row` (for the proxy's filter, no QVariant). */
    [[nodiscard]] const QString& searchTextOfRow(int row) const { return m_searchText[static_cast<qsizetype>(m_rowAlt[static_cast<std::size_t>(row)])]; }
    [[nodiscard]] const QString& kindOfRow(int row) const { return m_kinds[static_cast<qsizetype>(m_rowAlt[static_cast<std::size_t>(row)])]; }
    /** The key facts text of catalog alternative `alternativeIndex` (see KeyFactsColumn). */
    [[nodiscard]] QString keyFacts(std::size_t alternativeIndex) const;

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
    /** Scores of one row, from the engine or the plain ranking. */
    struct RowValues {
        int rank = 0;
        double score = 0.0, low = 0.0, high = 0.0, coverage = 0.0;
    };
    /** Moves the rows to `order` (row -> alternative index, ranked first), keeping
     *  persistent indexes on their alternative; emits layoutAboutToBeChanged/layoutChanged.
     *  `commit` switches to the new ranking between the two signals (before it, the rows
     *  read as they were, or as unranked when the old ranking is gone). */
    void applyOrder(std::vector<std::size_t> order, int rankedCount, const std::function<void()>& commit = {});
    [[nodiscard]] std::optional<RowValues> valuesOfRow(int row) const;
    [[nodiscard]] std::optional<std::size_t> dominatorOfRow(int row) const;
    void computeStaleness();

    const ms::Catalog* m_catalog = nullptr;
    const ms::RankingEngine* m_engine = nullptr;         ///< the ranking, when set by setEngine
    bool m_hasRanking = false;
    bool m_percent = true;
    ms::Method m_method = ms::Method::WeightedSum;
    std::vector<ms::RankedAlternative> m_byAlternative;  ///< setRanking: indexed by alternative index
    std::vector<std::size_t> m_rowAlt;                   ///< row -> alternative index
    std::vector<int> m_altRow;                           ///< alternative index -> row
    int m_rankedCount = 0;                               ///< rows [0, m_rankedCount) are ranked
    /// setEngine: rows materialised for rankedAlternative(), by alternative index.
    mutable std::unordered_map<std::size_t, ms::RankedAlternative> m_materialised;
    QStringList m_searchText;                            ///< folded, indexed by alternative index
    QStringList m_kinds;                                 ///< kind ids, indexed by alternative index
    std::string m_today;                                 ///< staleness: "YYYY-MM-DD"
    int m_staleMonths = 12;
    std::vector<std::vector<std::size_t>> m_stale;       ///< per alternative: indices into m_staleFacts
    std::vector<ms::StaleFact> m_staleFacts;
};

} // namespace ms::gui
