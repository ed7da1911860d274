// SPDX-License-Identifier: MIT
// The ranked table fed by the cached re-ranking (RankingEngine): QAbstractItemModelTester
// across many re-ranks, the same cells as the plain ranking, the selection following its
// alternative, the stale-data badge and the key facts.
#include <random>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "core/decision/rankingengine.h"
#include "gui/rankingsortproxy.h"
#include "gui/rankingtablemodel.h"
#include "guitestutil.h"

using ms::gui::RankingSortProxy;
using ms::gui::RankingTableModel;
using guitest::bundledCatalog;
using guitest::names;
using guitest::testData;

namespace {

ms::Catalog load(const QString& path)
{
    auto result = ms::loadCatalogFromFile(path.toStdString());
    if (!result.ok())
        throw std::runtime_error("cannot load " + path.toStdString());
    return *result.catalog;
}

/** The bundled catalog's criteria with `n` alternatives copied from its own, numbers
 *  jittered within their bounds (seeded): ties, unknown facts and dominance included. */
ms::Catalog grown(std::size_t n)
{
    ms::Catalog c = load(bundledCatalog());
    const std::vector<ms::Alternative> seeds = c.alternatives;
    c.alternatives.clear();
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> step(0, 4);
    for (std::size_t i = 0; i < n; ++i) {
        ms::Alternative a = seeds[i % seeds.size()];
        a.id += "-" + std::to_string(i);
        a.name += " " + std::to_string(i);
        for (auto& [id, fact] : a.facts) {
            const ms::Criterion* cr = c.criterion(id);
            if (cr->type == ms::CriterionType::Numeric && fact.value.kind == ms::FactValue::Kind::Number)
                fact.value.number = cr->lower + step(rng) * 0.25 * (cr->upper - cr->lower);
        }
        c.alternatives.push_back(std::move(a));
    }
    return c;
}

} // namespace

TEST(RankingTableEngineTest, PassesModelTesterAndMatchesThePlainRankingAcrossReRanks)
{
    const ms::Catalog catalog = grown(120);
    RankingTableModel fast;
    RankingTableModel plain;
    RankingSortProxy proxy;
    proxy.setSourceModel(&fast);
    QAbstractItemModelTester modelTester(&fast, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fast.setStaleness("2026-11-29", 12);
    plain.setStaleness("2026-11-29", 12);
    fast.setCatalog(&catalog);
    plain.setCatalog(&catalog);
    proxy.sort(RankingTableModel::RankColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.sortColumn(), -1); // rank order is the model's own: no sort
    EXPECT_EQ(proxy.requestedSortColumn(), RankingTableModel::RankColumn);

    ms::Scenario scenario = catalog.profiles.front().scenario;
    ms::RankingEngine engine;
    ASSERT_FALSE(engine.prepare(catalog, scenario));
    QSignalSpy resets(&fast, &QAbstractItemModel::modelReset);
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> weight(0, 5);
    QPersistentModelIndex followed;
    std::size_t followedAlternative = 0;
    for (int round = 0; round < 12; ++round) {
        for (auto& [id, w] : scenario.weights)
            w = weight(rng);
        scenario.weights.begin()->second += 1; // never all zero
        ASSERT_FALSE(engine.rank(scenario.weights));
        fast.setEngine(&engine);
        const auto reference = std::get<ms::Ranking>(ms::rankAlternatives(catalog, scenario));
        plain.setRanking(reference);

        // The proxy shows the reference's order without sorting.
        ASSERT_EQ(proxy.rowCount(), static_cast<int>(reference.rows.size()));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, RankingTableModel::NameColumn);
            ASSERT_EQ(static_cast<std::size_t>(index.data(RankingTableModel::AlternativeIndexRole).toInt()),
                      reference.rows[static_cast<std::size_t>(row)].alternativeIndex) << "round " << round;
        }
        // Every cell of both models says the same (display, tooltip, raw value).
        for (int row = 0; row < fast.rowCount(); ++row) {
            ASSERT_EQ(fast.alternativeIndexOfRow(row), plain.alternativeIndexOfRow(row));
            for (int column = 0; column < RankingTableModel::ColumnCount; ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RankingTableModel::RawValueRole),
                                 int(RankingTableModel::ScoreLowRole), int(RankingTableModel::RankedRole)}) {
                    EXPECT_EQ(fast.index(row, column).data(role), plain.index(row, column).data(role))
                        << "round " << round << " row " << row << " column " << column << " role " << role;
                }
            }
        }
        // A persistent index stays on its alternative across the re-rank.
        if (followed.isValid()) {
            EXPECT_EQ(fast.alternativeIndexOfRow(followed.row()), followedAlternative);
        }
        followed = fast.index(static_cast<int>(round * 7 % 100), RankingTableModel::NameColumn);
        followedAlternative = fast.alternativeIndexOfRow(followed.row());
    }
    EXPECT_EQ(resets.count(), 0);

    // The details pane's row: materialised on demand, the same as the reference.
    const auto reference = std::get<ms::Ranking>(ms::rankAlternatives(catalog, scenario));
    const ms::RankedAlternative* third = fast.rankedAlternative(reference.rows[2].alternativeIndex);
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(third->score, reference.rows[2].score);
    EXPECT_EQ(third->contributions.size(), reference.rows[2].contributions.size());
    EXPECT_EQ(third->dominatedBy, reference.rows[2].dominatedBy);

    // Sorting by another column and back to rank.
    proxy.sort(RankingTableModel::ScoreColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).toDouble(),
              reference.rows.back().score);
    proxy.sort(RankingTableModel::RankColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(RankingTableModel::AlternativeIndexRole).toInt(),
              static_cast<int>(reference.rows.front().alternativeIndex));

    // A failed re-rank: the model lets go of the engine and shows catalog order.
    EXPECT_TRUE(engine.rank({}));
    fast.clearRanking();
    EXPECT_EQ(fast.alternativeIndexOfRow(5), 5u);
    EXPECT_FALSE(fast.index(0, RankingTableModel::ScoreColumn).data(RankingTableModel::RawValueRole).isValid());
}

TEST(RankingTableEngineTest, SelectionInAViewFollowsItsAlternative)
{
    const ms::Catalog catalog = load(testData("three_by_three.json"));
    RankingTableModel model;
    RankingSortProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(RankingTableModel::RankColumn, Qt::AscendingOrder);
    model.setCatalog(&catalog);

    ms::Scenario scenario;
    scenario.weights = {{"quota", 2}, {"price", 1}, {"voice", 1}};
    ms::RankingEngine engine;
    ASSERT_FALSE(engine.prepare(catalog, scenario));
    ASSERT_FALSE(engine.rank(scenario.weights));
    model.setEngine(&engine);
    EXPECT_EQ(names(&proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Çeviri Asistanı")}));
    view.selectionModel()->setCurrentIndex(proxy.index(0, 1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    ASSERT_FALSE(engine.rank({{"price", 1}}));
    model.setEngine(&engine);
    EXPECT_EQ(names(&proxy), (QStringList{QStringLiteral("Çeviri Asistanı"), QStringLiteral("Alpha"), QStringLiteral("Bravo")}));
    EXPECT_EQ(view.currentIndex().row(), 1);
    EXPECT_EQ(view.currentIndex().data().toString(), QStringLiteral("Alpha"));
    EXPECT_EQ(view.selectionModel()->selectedRows().size(), 1);
}

// Key facts: the two criteria with the largest contributions (known facts only), as
// worked out by hand for three_by_three.json with weights quota 2, price 1, voice 1
// (0.5, 0.25, 0.25): Alpha quota 0.25, price 0.20, voice 0.25 (a tie: catalog order);
// Bravo quota 0.50, price 0.05, voice 0; Çeviri quota 0, price 0.25, voice unknown.
TEST(RankingTableEngineTest, KeyFactsAreTheLargestContributions)
{
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const ms::Catalog catalog = load(testData("three_by_three.json"));
    RankingTableModel model;
    model.setCatalog(&catalog);
    ms::RankingEngine engine;
    ASSERT_FALSE(engine.prepare(catalog, {}));
    ASSERT_FALSE(engine.rank({{"quota", 2}, {"price", 1}, {"voice", 1}}));
    model.setEngine(&engine);
    auto keyFacts = [&](const char* id) {
        return model.index(model.rowOfAlternative(QString::fromUtf8(id)), RankingTableModel::KeyFactsColumn).data().toString();
    };
    EXPECT_EQ(keyFacts("alpha"), QStringLiteral("Free quota 50 messages/month · Voice yes"));
    EXPECT_EQ(keyFacts("bravo"), QStringLiteral("Free quota 100 messages/month · Price 8 USD/month"));
    EXPECT_EQ(keyFacts("ceviri"), QStringLiteral("Price 0 USD/month"));
    EXPECT_EQ(model.headerData(RankingTableModel::KeyFactsColumn, Qt::Horizontal).toString(), QStringLiteral("Key facts"));
    // Without a ranking there is nothing to choose them by.
    model.clearRanking();
    EXPECT_TRUE(keyFacts("alpha").isEmpty());
    QLocale::setDefault(previous);
}

// The stale-data badge: all of three_by_three.json's facts are dated 2026-11, so on
// 2028-01-15 they are 14 months old (> 12): Alpha and Bravo have 3 each, Çeviri 2 (its
// voice is unknown, and an unknown fact is never stale). On 2027-11-30 none is (12).
TEST(RankingTableEngineTest, StaleBadgeCountsAndNamesTheStaleFacts)
{
    const QLocale previous;
    QLocale::setDefault(QLocale::c());
    const ms::Catalog catalog = load(testData("three_by_three.json"));
    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStaleness("2028-01-15", 12);
    model.setCatalog(&catalog);
    auto cell = [&](const char* id, int role) {
        return model.index(model.rowOfAlternative(QString::fromUtf8(id)), RankingTableModel::StaleColumn).data(role);
    };
    EXPECT_EQ(cell("alpha", RankingTableModel::StaleCountRole).toInt(), 3);
    EXPECT_EQ(cell("bravo", RankingTableModel::StaleCountRole).toInt(), 3);
    EXPECT_EQ(cell("ceviri", RankingTableModel::StaleCountRole).toInt(), 2);
    EXPECT_EQ(cell("alpha", Qt::DisplayRole).toString(), QStringLiteral("⚠ 3"));
    const QString tip = cell("ceviri", Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Free quota: as of 2026-11, 14 month"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Price: as of 2026-11, 14 month"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("Voice"))) << tip.toStdString();

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStaleness("2027-11-30", 12);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(cell("alpha", RankingTableModel::StaleCountRole).toInt(), 0);
    EXPECT_TRUE(cell("alpha", Qt::DisplayRole).toString().isEmpty());
    EXPECT_FALSE(cell("alpha", Qt::ToolTipRole).isValid());
    QLocale::setDefault(previous);
}
