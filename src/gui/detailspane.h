// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>

#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/decision/usagecost.h"

class QLabel;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

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
};

/** The right-hand pane: what one alternative is and why it ranks where it does.
 *
 *  Shows the name, kind, vendor, homepage (a link only for http/https URLs), summary,
 *  rank and score (with its range when facts are unknown), what dominates it, its
 *  projected monthly cost under the user's usage, the per-criterion contributions of
 *  the current ranking, the criterion facts with their sources and dates, and the other
 *  details. Every piece of catalog text is shown as plain text (case C19). Nothing here
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

private:
    void fillContributions(const ms::Catalog& catalog, const ms::RankedAlternative* ranked);
    void fillFacts(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void fillDetails(const ms::Catalog& catalog, const ms::Alternative& alternative);
    void setHomepage(const QString& url);
    void showCost(const DetailsContext& context);

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
};

} // namespace ms::gui
