// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/decision/usagecost.h"

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QUrl;

namespace ms::gui {

class ScoreBarDelegate;

/** What the details pane needs to know about the ranking besides the alternative. */
struct DetailsContext {
    ms::Method method = ms::Method::WeightedSum;
    ms::MissingPolicy missing = ms::MissingPolicy::Pessimistic;
    bool percent = true; ///< scores on the 0–100 scale (see RankingTableModel::showsPercent)
    /** The alternative's projected monthly cost, when the scenario has a usage. */
    std::optional<ms::CostProjection> cost;
    std::optional<ms::Payer> payer;
    /** Today, "YYYY-MM-DD": facts more than `staleMonths` months old on it are marked
     *  stale (ms::staleFacts); empty marks none. */
    std::string today;
    int staleMonths = 12;
};

/** The right-hand pane: what one alternative is and why it ranks where it does.
 *
 *  Shows the name, kind, vendor, homepage (a link only for http/https URLs), summary,
 *  rank and score (with its range when facts are unknown), what dominates it, its
 *  projected monthly cost under the user's usage, the per-criterion contributions of
 *  the current ranking, the criterion facts with their sources, dates and layers (a stale
 *  fact marked), and the other details. A double-click on a fact asks to edit it. Every piece of catalog text is shown as plain text (case C19). Nothing here
 *  computes a score or a cost: both come from the core. */
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget* parent = nullptr);

    /** Shows alternative `alternativeIndex` of `catalog` (the catalog the ranking was
     *  made from); `ranked` is its row of the current ranking (nullptr when there is
     *  none); `rankedCount` the number ranked. */
    void showAlternative(const ms::Catalog& catalog, std::size_t alternativeIndex,
                         const ms::RankedAlternative* ranked, std::size_t rankedCount,
                         const DetailsContext& context = {});
    /** Shows the "select an alternative" placeholder. */
    void clear();

    /** The label that shows the alternative's name (plain text). */
    [[nodiscard]] QLabel* nameLabel() const { return m_nameLabel; }
    /** The label that shows the homepage (rich text only for an escaped http/https link). */
    [[nodiscard]] QLabel* homepageLabel() const { return m_homepageLabel; }
    /** The projected-cost panel (hidden without a usage) and its explanation sentence. */
    [[nodiscard]] QWidget* costPanel() const { return m_costPanel; }
    [[nodiscard]] QLabel* costExplanationLabel() const { return m_costExplanationLabel; }
    /** The facts per criterion (Criterion, Value, As of, Source, Layer) and the other
     *  details (Detail, Value, As of, Layer). Each row's cells carry FactKeyRole and
     *  IsDetailRole; a source cell with an http(s) address carries SourceUrlRole. */
    [[nodiscard]] QTableWidget* factsTable() const { return m_factsTable; }
    [[nodiscard]] QTableWidget* detailsTable() const { return m_detailsTable; }
    /** The fact selected in the facts or details table (the visible one): its criterion
     *  id or detail key; false when none is selected. */
    bool currentFact(QString* key, bool* detail) const;
    /** Shows the Facts or Details tab and selects the row of `key`. */
    bool selectFact(const QString& key, bool detail);

    /** Item data roles of the facts and details tables: the criterion id or detail key,
     *  whether it is a detail, the source's http(s) address (on the link cell; the row's
     *  address on the others as RowSourceUrlRole), the fact's layer name, and true on a
     *  stale fact's as-of cell. */
    enum FactRole { FactKeyRole = Qt::UserRole + 10, IsDetailRole, SourceUrlRole, LayerRole, StaleRole, RowSourceUrlRole };
    /** The facts and details tables' columns. */
    enum FactColumn { FactNameColumn, FactValueColumn, FactAsOfColumn, FactSourceColumn, FactLayerColumn };
    enum DetailColumn { DetailNameColumn, DetailValueColumn, DetailAsOfColumn, DetailLayerColumn };

Q_SIGNALS:
    /** The user asked to edit a fact (double-click, Enter or the context menu). */
    void editFactRequested(const QString& key, bool detail);
    /** The user asked to remove their own figure for a fact (context menu). */
    void revertFactRequested(const QString& key, bool detail);
    /** A source's http(s) address was clicked; the pane has asked the desktop to open it. */
    void sourceLinkActivated(const QUrl& url);

private:
    void fillContributions(const ms::Catalog& catalog, const ms::RankedAlternative* ranked);
    void fillFacts(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void fillDetails(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void setHomepage(const QString& url);
    void showCost(const DetailsContext& context);
    void setupFactInteraction(QTableWidget* table);
    void showFactMenu(QTableWidget* table, const QPoint& pos);

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QLabel* m_homepageLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_explanationLabel = nullptr;
    QWidget* m_costPanel = nullptr;
    QLabel* m_authorCostLabel = nullptr;
    QLabel* m_playerCostLabel = nullptr;
    QLabel* m_coversLabel = nullptr;
    QLabel* m_costExplanationLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_contributionsTable = nullptr;
    QTableWidget* m_factsTable = nullptr;
    QTableWidget* m_detailsTable = nullptr;
    ScoreBarDelegate* m_pointsDelegate = nullptr;
    std::string m_today;        ///< DetailsContext::today of the alternative shown
    int m_staleMonths = 12;
};

} // namespace ms::gui
